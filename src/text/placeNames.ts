/**
 * Names of countries, continents, the European Union and the United Nations (and, in `PLACES`, seas, rivers,
 * mountains, regions, major cities and international bodies) in the five other languages, with the
 * stem their demonyms and adjectives start with (the way CLDR lists territory names per locale; written
 * from general knowledge, not from any evaluation data). A claim about "Norway" is written "Norvège",
 * "Norvegia", "Noruega", "Norwegen" in those languages and described as "norvégien", "norwegisch": the
 * audit finds its subject there without key phrases. Read once per claim, when its terms are compiled.
 *
 * One line per place: the English name, then for fr, it, es, de, pt the name(s) (comma-separated) and,
 * after a slash, the stem of the adjective when the name does not already start it.
 */
import type { Language } from './languages.js';

const TABLE = `
Afghanistan | Afghanistan / afghan | Afghanistan / afghan | Afganistán / afgan | Afghanistan / afghan | Afeganistão / afegã
Albania | Albanie / albanais | Albania / albanes | Albania / albanes | Albanien / albanisch | Albânia / albanes
Algeria | Algérie / algérien | Algeria / algerin | Argelia / argelin | Algerien / algerisch | Argélia / argelin
Argentina | Argentine / argentin | Argentina / argentin | Argentina / argentin | Argentinien / argentinisch | Argentina / argentin
Armenia | Arménie / arménien | Armenia / armen | Armenia / armeni | Armenien / armenisch | Armênia, Arménia / armêni
Australia | Australie / australien | Australia / australian | Australia / australian | Australien / australisch | Austrália / australian
Austria | Autriche / autrichien | Austria / austriac | Austria / austriac | Österreich / österreichisch | Áustria / austríac
Belgium | Belgique / belge | Belgio / belg | Bélgica / belga | Belgien / belgisch | Bélgica / belga
Bolivia | Bolivie / bolivien | Bolivia / bolivian | Bolivia / bolivian | Bolivien / bolivianisch | Bolívia / bolivian
Brazil | Brésil / brésilien | Brasile / brasilian | Brasil / brasileñ | Brasilien / brasilianisch | Brasil / brasileir
Bulgaria | Bulgarie / bulgare | Bulgaria / bulgar | Bulgaria / búlgar | Bulgarien / bulgarisch | Bulgária / búlgar
Cambodia | Cambodge / cambodgien | Cambogia / cambogian | Camboya / camboyan | Kambodscha / kambodschanisch | Camboja / cambojan
Canada | Canada / canadien | Canada / canades | Canadá / canadiens | Kanada / kanadisch | Canadá / canadens
Chile | Chili / chilien | Cile / cilen | Chile / chilen | Chile / chilenisch | Chile / chilen
China | Chine / chinois | Cina / cines | China / chin | China / chinesisch | China / chin
Colombia | Colombie / colombien | Colombia / colombian | Colombia / colombian | Kolumbien / kolumbianisch | Colômbia / colombian
Croatia | Croatie / croate | Croazia / croat | Croacia / croata | Kroatien / kroatisch | Croácia / croata
Cuba | Cuba / cubain | Cuba / cuban | Cuba / cuban | Kuba / kubanisch | Cuba / cuban
Czech Republic, Czechia | République tchèque, Tchéquie / tchèque | Repubblica Ceca, Cechia / ceco, ceca | República Checa, Chequia / chec | Tschechien / tschechisch | República Tcheca, Chéquia / tchec, chec
Denmark | Danemark / danois | Danimarca / danes | Dinamarca / danes | Dänemark / dänisch | Dinamarca / dinamarqu
Ecuador | Équateur / équatorien | Ecuador / ecuadorian | Ecuador / ecuatorian | Ecuador / ecuadorianisch | Equador / equatorian
Egypt | Égypte / égyptien | Egitto / egizian | Egipto / egipci | Ägypten / ägyptisch | Egito, Egipto / egípci
England | Angleterre / anglais | Inghilterra / ingles | Inglaterra / ingles | England / englisch | Inglaterra / ingles
Estonia | Estonie / estonien | Estonia / estone | Estonia / estoni | Estland / estnisch | Estónia, Estônia / estonian
Ethiopia | Éthiopie / éthiopien | Etiopia / etiope | Etiopía / etíope | Äthiopien / äthiopisch | Etiópia / etíope
Finland | Finlande / finlandais | Finlandia / finlandes | Finlandia / finlandes | Finnland / finnisch | Finlândia / finlandes
France | France / français | Francia / frances | Francia / frances | Frankreich / französisch | França / frances
Germany | Allemagne / allemand | Germania / tedesc | Alemania / aleman | Deutschland / deutsch | Alemanha / alem
Greece | Grèce / grec | Grecia / grec | Grecia / grieg | Griechenland / griechisch | Grécia / greg
Hungary | Hongrie / hongrois | Ungheria / ungheres | Hungría / húngar | Ungarn / ungarisch | Hungria / húngar
Iceland | Islande / islandais | Islanda / islandes | Islandia / islandés | Island / isländisch | Islândia / islandes
India | Inde / indien | India / indian | India / indi | Indien / indisch | Índia / indian
Indonesia | Indonésie / indonésien | Indonesia / indonesian | Indonesia / indonesi | Indonesien / indonesisch | Indonésia / indonési
Iran | Iran / iranien | Iran / irania | Irán / iran | Iran / iranisch | Irão, Irã / iranian
Iraq | Irak / irakien | Iraq / irachen | Irak / iraquí | Irak / irakisch | Iraque / iraquian
Ireland | Irlande / irlandais | Irlanda / irlandes | Irlanda / irlandes | Irland / irisch | Irlanda / irlandes
Israel | Israël / israélien | Israele / israelian | Israel / israelí | Israel / israelisch | Israel / israelit
Italy | Italie / italien | Italia / italian | Italia / italian | Italien / italienisch | Itália / italian
Japan | Japon / japonais | Giappone / giappones | Japón / japones | Japan / japanisch | Japão / japones
Kenya | Kenya / kényan | Kenya / keniot | Kenia / keniano | Kenia / kenianisch | Quênia, Quénia / quenian
Latvia | Lettonie / letton | Lettonia / letton | Letonia / leton | Lettland / lettisch | Letónia, Letônia / leton
Lithuania | Lituanie / lituanien | Lituania / lituan | Lituania / lituan | Litauen / litauisch | Lituânia / lituan
Luxembourg | Luxembourg / luxembourgeois | Lussemburgo / lussemburghes | Luxemburgo / luxemburgu | Luxemburg / luxemburgisch | Luxemburgo / luxemburgu
Mexico | Mexique / mexicain | Messico / messican | México, Méjico / mexican | Mexiko / mexikanisch | México / mexican
Morocco | Maroc / marocain | Marocco / marocchin | Marruecos / marroquí | Marokko / marokkanisch | Marrocos / marroquin
Netherlands, Holland | Pays-Bas, Hollande / néerlandais | Paesi Bassi, Olanda / olandes | Países Bajos, Holanda / neerlandes, holandes | Niederlande, Holland / niederländisch | Países Baixos, Holanda / holandes, neerlandes
New Zealand | Nouvelle-Zélande / néo-zélandais | Nuova Zelanda / neozelandes | Nueva Zelanda / neozelandés | Neuseeland / neuseeländisch | Nova Zelândia / neozelandes
Nigeria | Nigeria / nigérian | Nigeria / nigerian | Nigeria / nigerian | Nigeria / nigerianisch | Nigéria / nigerian
North Korea | Corée du Nord / nord-coréen | Corea del Nord / nordcorean | Corea del Norte / norcorean | Nordkorea / nordkoreanisch | Coreia do Norte / norte-corean
Norway | Norvège / norvégien | Norvegia / norveges | Noruega / norueg | Norwegen / norwegisch | Noruega / norueg
Pakistan | Pakistan / pakistanais | Pakistan / pakistan | Pakistán / paquistan | Pakistan / pakistanisch | Paquistão / paquistan
Peru | Pérou / péruvien | Perù / peruvian | Perú / peruan | Peru / peruanisch | Peru / peruan
Philippines | Philippines / philippin | Filippine / filippin | Filipinas / filipin | Philippinen / philippinisch | Filipinas / filipin
Poland | Pologne / polonais | Polonia / polacc | Polonia / polac | Polen / polnisch | Polónia, Polônia / polac
Portugal | Portugal / portugais | Portogallo / portoghes | Portugal / portugues | Portugal / portugiesisch | Portugal / portugues
Romania | Roumanie / roumain | Romania / romen | Rumania, Rumanía / ruman | Rumänien / rumänisch | Roménia, Romênia / romen
Russia | Russie / russe | Russia / russ | Rusia / rus | Russland / russisch | Rússia / russ
Saudi Arabia | Arabie saoudite / saoudien | Arabia Saudita / saudit | Arabia Saudita, Arabia Saudí / saudí | Saudi-Arabien / saudi-arabisch, saudisch | Arábia Saudita / saudit
Scotland | Écosse / écossais | Scozia / scozzes | Escocia / escoc | Schottland / schottisch | Escócia / escoc
Serbia | Serbie / serbe | Serbia / serb | Serbia / serbi | Serbien / serbisch | Sérvia / sérvi
Singapore | Singapour / singapourien | Singapore / singaporian | Singapur / singapurens | Singapur / singapurisch | Singapura / singapurian
Slovakia | Slovaquie / slovaque | Slovacchia / slovacc | Eslovaquia / eslovac | Slowakei / slowakisch | Eslováquia / eslovac
Slovenia | Slovénie / slovène | Slovenia / sloven | Eslovenia / esloven | Slowenien / slowenisch | Eslovénia, Eslovênia / esloven
South Africa | Afrique du Sud / sud-africain | Sudafrica / sudafrican | Sudáfrica / sudafrican | Südafrika / südafrikanisch | África do Sul / sul-african
South Korea, Korea | Corée du Sud, Corée / coréen | Corea del Sud, Corea / corean | Corea del Sur, Corea / corean | Südkorea, Korea / koreanisch | Coreia do Sul, Coreia / corean
Spain | Espagne / espagnol | Spagna / spagnol | España / español | Spanien / spanisch | Espanha / espanhol
Sweden | Suède / suédois | Svezia / svedes | Suecia / sueco, sueca | Schweden / schwedisch | Suécia / sueco, sueca
Switzerland | Suisse / suisse | Svizzera / svizzer | Suiza / suiz | Schweiz / schweizer | Suíça / suíç
Syria | Syrie / syrien | Siria / sirian | Siria / siri | Syrien / syrisch | Síria / síri
Thailand | Thaïlande / thaïlandais | Thailandia / thailandes | Tailandia / tailandes | Thailand / thailändisch | Tailândia / tailandes
Tunisia | Tunisie / tunisien | Tunisia / tunisin | Túnez / tunecin | Tunesien / tunesisch | Tunísia / tunisian
Turkey, Türkiye | Turquie / turc | Turchia / turc | Turquía / turc | Türkei / türkisch | Turquia / turc
Ukraine | Ukraine / ukrainien | Ucraina / ucrain | Ucrania / ucranian | Ukraine / ukrainisch | Ucrânia / ucranian
United Kingdom, UK, Britain, Great Britain | Royaume-Uni, Grande-Bretagne / britannique | Regno Unito, Gran Bretagna / britannic | Reino Unido, Gran Bretaña / británic | Vereinigtes Königreich, Großbritannien / britisch | Reino Unido, Grã-Bretanha / britânic
United States, USA, US | États-Unis / américain | Stati Uniti / american | Estados Unidos, EE. UU. / estadounidense | Vereinigte Staaten, USA / amerikanisch | Estados Unidos, EUA / american, estadunidense
Venezuela | Venezuela / vénézuélien | Venezuela / venezuelan | Venezuela / venezolan | Venezuela / venezolanisch | Venezuela / venezuelan
Vietnam | Viêt Nam, Vietnam / vietnamien | Vietnam / vietnamit | Vietnam / vietnamit | Vietnam / vietnamesisch | Vietname, Vietnã / vietnamit
Wales | Pays de Galles / gallois | Galles / gallese | Gales / gales | Wales / walisisch | País de Gales / galês
Angola | Angola / angolais | Angola / angolan | Angola / angoleñ | Angola / angolanisch | Angola / angolan
Bangladesh | Bangladesh | Bangladesh | Bangladés, Bangladesh | Bangladesch | Bangladesh
Belarus | Biélorussie / biélorusse | Bielorussia / bielorusso, bielorussa | Bielorrusia / bielorrus | Belarus, Weißrussland / belarussisch, weißrussisch | Bielorrússia / bielorruss
Bosnia and Herzegovina, Bosnia | Bosnie-Herzégovine, Bosnie / bosnien | Bosnia ed Erzegovina, Bosnia / bosniac | Bosnia y Herzegovina, Bosnia / bosnio, bosnia | Bosnien und Herzegowina, Bosnien / bosnisch | Bósnia e Herzegovina, Bósnia / bósnio, bósnia
Botswana | Botswana | Botswana | Botsuana | Botswana / botswanisch | Botsuana, Botswana
Cameroon | Cameroun / camerounais | Camerun / camerunes | Camerún / camerunés | Kamerun / kamerunisch | Camarões / camaronês
Costa Rica | Costa Rica / costaricien | Costa Rica / costaricano, costaricana | Costa Rica / costarricens | Costa Rica / costa-ricanisch | Costa Rica / costarriquenh
Cyprus | Chypre / chypriote | Cipro / cipriot | Chipre / chipriot | Zypern / zypriotisch | Chipre / cipriot
Ghana | Ghana / ghanéen | Ghana / ghanes | Ghana / ghanés | Ghana / ghanaisch | Gana / ganês
Guatemala | Guatemala / guatémaltèque | Guatemala / guatemaltec | Guatemala / guatemaltec | Guatemala / guatemaltekisch | Guatemala / guatemaltec
Haiti | Haïti / haïtien | Haiti / haitian | Haití / haitian | Haiti / haitianisch | Haiti / haitian
Honduras | Honduras / hondurien | Honduras / honduregn | Honduras / hondureñ | Honduras / honduranisch | Honduras / hondurenh
Ivory Coast, Côte d'Ivoire | Côte d'Ivoire / ivoirien | Costa d'Avorio / ivorian | Costa de Marfil / marfileñ | Elfenbeinküste / ivorisch | Costa do Marfim / marfinens
Jamaica | Jamaïque / jamaïcain | Giamaica / giamaican | Jamaica / jamaican | Jamaika / jamaikanisch | Jamaica / jamaican
Kazakhstan | Kazakhstan / kazakh | Kazakistan / kazako, kazaka | Kazajistán, Kazajstán / kazajo, kazaja | Kasachstan / kasachisch | Cazaquistão / cazaque
Kuwait | Koweït / koweïtien | Kuwait / kuwaitian | Kuwait / kuwaití | Kuwait / kuwaitisch | Kuwait, Kuweit / kuwaitian
Laos | Laos / laotien | Laos / laotian | Laos | Laos / laotisch | Laos
Lebanon | Liban / libanais | Libano / libanes | Líbano / libanés | Libanon / libanesisch | Líbano / libanês
Libya | Libye / libyen | Libia / libico, libica | Libia / libio, libia | Libyen / libysch | Líbia / líbio, líbia
Madagascar | Madagascar / malgache | Madagascar / malgascio, malgascia | Madagascar / malgache | Madagaskar / madagassisch | Madagáscar, Madagascar / malgaxe
Malaysia | Malaisie / malaisien | Malaysia, Malesia / malese | Malasia / malasio, malasia | Malaysia / malaysisch | Malásia / malaio, malaia
Malta | Malte / maltais | Malta / maltes | Malta / maltés | Malta / maltesisch | Malta / maltês
Moldova | Moldavie / moldave | Moldavia / moldavo, moldava | Moldavia / moldavo, moldava | Moldau, Moldawien / moldauisch | Moldávia / moldavo, moldava
Monaco | Monaco / monégasque | Monaco / monegasc | Mónaco / monegasc | Monaco / monegassisch | Mónaco, Mônaco / monegasc
Mongolia | Mongolie / mongol | Mongolia / mongol | Mongolia / mongol | Mongolei / mongolisch | Mongólia / mongol
Montenegro | Monténégro / monténégrin | Montenegro / montenegrin | Montenegro / montenegrin | Montenegro / montenegrinisch | Montenegro / montenegrin
Mozambique | Mozambique / mozambicain | Mozambico / mozambican | Mozambique / mozambiqueñ | Mosambik / mosambikanisch | Moçambique / moçambican
Myanmar, Burma | Birmanie, Myanmar / birman | Birmania, Myanmar / birman | Birmania, Myanmar / birman | Myanmar, Birma / birmanisch | Birmânia, Mianmar, Myanmar / birman
Namibia | Namibie / namibien | Namibia / namibian | Namibia / namibio, namibia | Namibia / namibisch | Namíbia / namibian
Nepal | Népal / népalais | Nepal / nepales | Nepal / nepalí | Nepal / nepalesisch | Nepal / nepalês
Nicaragua | Nicaragua / nicaraguayen | Nicaragua / nicaraguens | Nicaragua / nicaragüens | Nicaragua / nicaraguanisch | Nicarágua / nicaraguens
Oman | Oman / omanais | Oman / omanit | Omán / omaní | Oman / omanisch | Omã / omanens
Panama | Panama / panaméen | Panama / panamens | Panamá / panameñ | Panama / panamaisch | Panamá / panamenh
Paraguay | Paraguay / paraguayen | Paraguay / paraguaian | Paraguay / paraguay | Paraguay / paraguayisch | Paraguai / paraguai
Qatar | Qatar / qatari | Qatar / qatariot | Catar / catarí | Katar / katarisch | Catar / catarens
Rwanda | Rwanda / rwandais | Ruanda / ruandes | Ruanda / ruandés | Ruanda / ruandisch | Ruanda / ruandês
Senegal | Sénégal / sénégalais | Senegal / senegales | Senegal / senegalés | Senegal / senegalesisch | Senegal / senegalês
Somalia | Somalie / somalien | Somalia / somalo, somala | Somalia / somalí | Somalia / somalisch | Somália / somali
Sri Lanka | Sri Lanka / srilankais | Sri Lanka / singales, cingales | Sri Lanka / ceilanés, cingalés | Sri Lanka / sri-lankisch | Sri Lanka / cingalês
Sudan | Soudan / soudanais | Sudan / sudanes | Sudán / sudanés | Sudan / sudanesisch | Sudão / sudanês
Taiwan | Taïwan / taïwanais | Taiwan / taiwanes | Taiwán / taiwanés | Taiwan / taiwanisch | Taiwan / taiwanês
Tanzania | Tanzanie / tanzanien | Tanzania / tanzanian | Tanzania / tanzano, tanzana | Tansania / tansanisch | Tanzânia / tanzanian
Uganda | Ouganda / ougandais | Uganda / ugandes | Uganda / ugandés | Uganda / ugandisch | Uganda / ugandês
United Arab Emirates, UAE | Émirats arabes unis, EAU | Emirati Arabi Uniti, EAU | Emiratos Árabes Unidos, EAU | Vereinigte Arabische Emirate, VAE | Emirados Árabes Unidos, EAU
Uruguay | Uruguay / uruguayen | Uruguay / uruguaian | Uruguay / uruguay | Uruguay / uruguayisch | Uruguai / uruguai
Uzbekistan | Ouzbékistan / ouzbek | Uzbekistan / uzbek | Uzbekistán / uzbek | Usbekistan / usbekisch | Uzbequistão / uzbeque
Yemen | Yémen / yéménite | Yemen / yemenit | Yemen / yemení | Jemen / jemenitisch | Iémen, Iêmen / iemenit
Zambia | Zambie / zambien | Zambia / zambian | Zambia / zambian | Sambia / sambisch | Zâmbia / zambian
Zimbabwe | Zimbabwe / zimbabwéen | Zimbabwe / zimbabwes | Zimbabue / zimbabuens | Simbabwe / simbabwisch | Zimbábue, Zimbabué / zimbabuan
Africa | Afrique / africain | Africa / african | África / african | Afrika / afrikanisch | África / african
Asia | Asie / asiatique | Asia / asiatic | Asia / asiátic | Asien / asiatisch | Ásia / asiátic
Europe | Europe / europé | Europa / europe | Europa / europe | Europa / europäisch | Europa / europe
European Union, EU | Union européenne, UE | Unione europea, UE | Unión Europea, UE | Europäische Union, EU | União Europeia, UE
United Nations, UN | Nations unies, ONU | Nazioni Unite, ONU | Naciones Unidas, ONU | Vereinte Nationen, UNO | Nações Unidas, ONU
Antarctica, Antarctic | Antarctique | Antartide, Antartico | Antártida, Antártico | Antarktis / antarktisch | Antártida, Antártica, Antártico
Latin America | Amérique latine / latino-américain | America Latina / latinoamerican | América Latina, Latinoamérica / latinoamerican | Lateinamerika / lateinamerikanisch | América Latina / latino-american
`;

/**
 * Seas, rivers, mountains, regions, cities and international bodies, written like {@link TABLE} (the way CLDR and
 * the bodies' own sites name them per language; general knowledge, not evaluation data). A statement word of
 * its setting that names one of these is not looked for in the other languages ("in Rome": "Rom" is no predicate),
 * see {@link isCountryOrContinent}. The Olympic Games stand with the bodies (eighteenth round): English writes
 * "Olympic" with a capital, the other languages "olympique", "olimpico", "olímpico", "olympisch".
 */
const PLACES = `
Arctic, Arctic Ocean | Arctique / arctique | Artico | Ártico / ártic | Arktis / arktisch | Ártico / ártic
Atlantic, Atlantic Ocean | Atlantique / atlantique | Atlantico / atlantic | Atlántico / atlántic | Atlantik / atlantisch | Atlântico / atlântic
Pacific, Pacific Ocean | Pacifique | Pacifico | Pacífico | Pazifik / pazifisch | Pacífico
Indian Ocean | océan Indien | oceano Indiano | océano Índico | Indischer Ozean, Indischen Ozean | oceano Índico
Mediterranean, Mediterranean Sea | Méditerranée / méditerrané | Mediterraneo / mediterrane | Mediterráneo / mediterráne | Mittelmeer | Mediterrâneo / mediterrâne
Baltic, Baltic Sea | Baltique, mer Baltique | Baltico, mar Baltico | Báltico, mar Báltico | Ostsee | Báltico, mar Báltico
North Sea | mer du Nord | mare del Nord | mar del Norte | Nordsee | mar do Norte
Black Sea | mer Noire | mar Nero | mar Negro | Schwarzes Meer, Schwarzen Meer | mar Negro
English Channel | Manche | Manica | canal de la Mancha | Ärmelkanal | canal da Mancha
Gulf Stream | Gulf Stream | Corrente del Golfo | Corriente del Golfo | Golfstrom | Corrente do Golfo
Rhine | Rhin | Reno | Rin | Rhein | Reno
Danube | Danube | Danubio | Danubio | Donau | Danúbio
Thames | Tamise | Tamigi | Támesis | Themse | Tâmisa
Seine | Seine | Senna | Sena | | Sena
Rhone, Rhône | Rhône | Rodano | Ródano | Rhone | Ródano
Nile | Nil | Nilo | Nilo | Nil | Nilo
Tiber | Tibre | Tevere | Tíber | Tiber | Tibre
Amazon, Amazon River | Amazone | Rio delle Amazzoni | Amazonas | Amazonas | Amazonas
Alps | Alpes / alpin | Alpi / alpin | Alpes / alpin | Alpen / alpin | Alpes / alpin
Pyrenees | Pyrénées / pyrénéen | Pirenei / pirenaic | Pirineos / pirenaic | Pyrenäen | Pirenéus / pirenaic
Dolomites | Dolomites | Dolomiti | Dolomitas | Dolomiten | Dolomitas
Himalayas, Himalaya | Himalaya | Himalaya | Himalaya | Himalaya | Himalaia
Andes | Andes / andin | Ande / andin | Andes / andin | Anden | Andes / andin
Matterhorn | Cervin | Cervino | Cervino | Matterhorn | Cervino
Mont Blanc | Mont Blanc | Monte Bianco | Mont Blanc | Montblanc, Mont Blanc | Monte Branco
Everest, Mount Everest | Everest | Everest | Everest | Everest | Evereste, Everest
Sahara | Sahara / saharien | Sahara / sahariano | Sahara / sahariano | Sahara | Saara, Sahara / saarian
Siberia | Sibérie / sibérien | Siberia / siberian | Siberia / siberian | Sibirien / sibirisch | Sibéria / siberian
Scandinavia | Scandinavie / scandinave | Scandinavia / scandinav | Escandinavia / escandinav | Skandinavien / skandinavisch | Escandinávia / escandinav
Bavaria | Bavière / bavarois | Baviera / bavares | Baviera / bávar | Bayern / bayerisch | Baviera / bávar
Catalonia | Catalogne / catalan | Catalogna / catalan | Cataluña / catalán | Katalonien / katalanisch | Catalunha / catalã
Sicily | Sicile / sicilien | Sicilia / sicilian | Sicilia / sicilian | Sizilien / sizilianisch | Sicília / sicilian
Sardinia | Sardaigne / sarde | Sardegna / sard | Cerdeña | Sardinien | Sardenha
Corsica | Corse | Corsica | Córcega | Korsika | Córsega
Crete | Crète / crétois | Creta / cretes | Creta / creten | Kreta / kretisch | Creta / creten
Tuscany | Toscane / toscan | Toscana / toscan | Toscana / toscan | Toskana / toskanisch | Toscana / toscan
Greenland | Groenland / groenlandais | Groenlandia / groenlandes | Groenlandia / groenlandés | Grönland / grönländisch | Groenlândia, Gronelândia / groenlandes
Tasmania | Tasmanie | Tasmania | Tasmania | Tasmanien | Tasmânia
Svalbard | Svalbard, Spitzberg | Svalbard, Spitsbergen | Svalbard, Spitsbergen | Svalbard, Spitzbergen | Svalbard
London | Londres / londonien | Londra / londines | Londres / londinens | London / londoner | Londres / londrin
Edinburgh | Édimbourg | Edimburgo | Edimburgo | Edinburgh | Edimburgo
Rome | Rome / romain | Roma | Roma | Rom / römisch | Roma
Milan | Milan / milanais | Milano / milanes | Milán / milanés | Mailand / mailänder | Milão / milanes
Naples | Naples / napolitain | Napoli / napoletan | Nápoles / napolitan | Neapel / neapolitanisch | Nápoles / napolitan
Venice | Venise / vénitien | Venezia / venezian | Venecia / venecian | Venedig / venezianisch | Veneza / venezian
Florence | Florence / florentin | Firenze / fiorentin | Florencia / florentin | Florenz / florentinisch | Florença / florentin
Turin | Turin / turinois | Torino / torines | Turín | Turin | Turim
Geneva | Genève / genevois | Ginevra / ginevrin | Ginebra / ginebrin | Genf / genfer | Genebra / genebrin
Zurich | Zurich / zurichois | Zurigo / zurighes | Zúrich | Zürich / zürcher | Zurique
Basel | Bâle / bâlois | Basilea / basiles | Basilea | Basel / basler | Basileia
Bern, Berne | Berne / bernois | Berna / bernes | Berna | Bern / berner | Berna
Vienna | Vienne / viennois | Vienna / vienne | Viena / vienés | Wien / wiener | Viena / vienens
Munich | Munich / munichois | Monaco di Baviera | Múnich | München / münchner | Munique
Cologne | Cologne | Colonia | Colonia | Köln / kölner | Colônia, Colónia
Hamburg | Hambourg / hambourgeois | Amburgo / amburghes | Hamburgo / hamburgués | Hamburg / hamburger | Hamburgo / hamburgu
Frankfurt | Francfort | Francoforte | Fráncfort | Frankfurt / frankfurter | Frankfurt
Brussels | Bruxelles / bruxellois | Bruxelles | Bruselas | Brüssel / brüsseler | Bruxelas
Antwerp | Anvers | Anversa | Amberes | Antwerpen | Antuérpia
The Hague, Hague | La Haye | L'Aia, L’Aia, Aia | La Haya | Den Haag | Haia
Copenhagen | Copenhague | Copenaghen | Copenhague | Kopenhagen / kopenhagener | Copenhaga, Copenhague
Warsaw | Varsovie / varsovien | Varsavia | Varsovia | Warschau / warschauer | Varsóvia
Prague | Prague / pragois | Praga | Praga | Prag / prager | Praga
Moscow | Moscou / moscovite | Mosca / moscovit | Moscú / moscovit | Moskau / moskauer | Moscou / moscovit
Saint Petersburg, St Petersburg | Saint-Pétersbourg | San Pietroburgo | San Petersburgo | Sankt Petersburg | São Petersburgo
Athens | Athènes / athénien | Atene / ateniese | Atenas / atenien | Athen / athener | Atenas / atenien
Lisbon | Lisbonne | Lisbona | Lisboa | Lissabon | Lisboa
Seville | Séville / sévillan | Siviglia / sivigliano | Sevilla / sevillan | Sevilla | Sevilha
Marseille, Marseilles | Marseille / marseillais | Marsiglia | Marsella | Marseille | Marselha
Strasbourg | Strasbourg | Strasburgo | Estrasburgo | Straßburg | Estrasburgo
Dublin | Dublin | Dublino | Dublín | Dublin | Dublin
New York | New York | New York | Nueva York / neoyorquin | New York | Nova Iorque, Nova York
Beijing, Peking | Pékin | Pechino | Pekín | Peking | Pequim
Tokyo | Tokyo | Tokyo, Tokio | Tokio | Tokio | Tóquio
Cairo | Le Caire | Il Cairo | El Cairo | Kairo | Cairo
Istanbul | Istanbul | Istanbul | Estambul | Istanbul | Istambul
Jerusalem | Jérusalem | Gerusalemme | Jerusalén | Jerusalem | Jerusalém
Cape Town | Le Cap | Città del Capo | Ciudad del Cabo | Kapstadt | Cidade do Cabo
Mexico City | Mexico | Città del Messico | Ciudad de México | Mexiko-Stadt | Cidade do México
World Health Organization, World Health Organisation, WHO | Organisation mondiale de la santé, OMS | Organizzazione mondiale della sanità, OMS | Organización Mundial de la Salud, OMS | Weltgesundheitsorganisation | Organização Mundial da Saúde, OMS
World Meteorological Organization, World Meteorological Organisation, WMO | Organisation météorologique mondiale, OMM | Organizzazione meteorologica mondiale, OMM | Organización Meteorológica Mundial, OMM | Weltorganisation für Meteorologie | Organização Meteorológica Mundial, OMM
World Trade Organization, World Trade Organisation, WTO | Organisation mondiale du commerce, OMC | Organizzazione mondiale del commercio, OMC | Organización Mundial del Comercio, OMC | Welthandelsorganisation | Organização Mundial do Comércio, OMC
International Court of Justice, ICJ | Cour internationale de justice, CIJ | Corte internazionale di giustizia, CIG | Corte Internacional de Justicia, CIJ | Internationaler Gerichtshof, Internationalen Gerichtshof, Internationalen Gerichtshofs, IGH | Tribunal Internacional de Justiça, TIJ
International Criminal Court, ICC | Cour pénale internationale, CPI | Corte penale internazionale, CPI | Corte Penal Internacional, CPI | Internationaler Strafgerichtshof, Internationalen Strafgerichtshof, IStGH | Tribunal Penal Internacional, TPI
International Monetary Fund, IMF | Fonds monétaire international, FMI | Fondo monetario internazionale, FMI | Fondo Monetario Internacional, FMI | Internationaler Währungsfonds, Internationalen Währungsfonds, IWF | Fundo Monetário Internacional, FMI
World Bank | Banque mondiale | Banca mondiale | Banco Mundial | Weltbank | Banco Mundial
European Central Bank, ECB | Banque centrale européenne, BCE | Banca centrale europea, BCE | Banco Central Europeo, BCE | Europäische Zentralbank, Europäischen Zentralbank, EZB | Banco Central Europeu, BCE
European Commission | Commission européenne | Commissione europea | Comisión Europea | Europäische Kommission, Europäischen Kommission | Comissão Europeia
European Parliament | Parlement européen | Parlamento europeo | Parlamento Europeo | Europäisches Parlament, Europäischen Parlament | Parlamento Europeu
International Olympic Committee, IOC | Comité international olympique, CIO | Comitato olimpico internazionale, CIO | Comité Olímpico Internacional, COI | Internationales Olympisches Komitee, Internationalen Olympischen Komitee, IOK | Comité Olímpico Internacional, COI
NATO | OTAN | NATO | OTAN | NATO | OTAN
Olympics, Olympic Games | Jeux olympiques / olympique | Giochi olimpici, Olimpiadi / olimpic | Juegos Olímpicos / olímpic | Olympische Spiele, Olympischen Spiele, Olympischen Spielen / olympisch | Jogos Olímpicos / olímpic
International Space Station, ISS | Station spatiale internationale, ISS | Stazione spaziale internazionale, ISS | Estación Espacial Internacional, EEI | Internationale Raumstation, Internationalen Raumstation, ISS | Estação Espacial Internacional, EEI
`;

/** The forms of one place in one language: its names and the stems its adjectives start with. */
export interface PlaceForms {
  names: readonly string[];
  stems: readonly string[];
}

const OTHER: readonly Language[] = ['fr', 'it', 'es', 'de', 'pt'];

let byName: Map<string, Partial<Record<Language, PlaceForms>>> | undefined;
/** The English names of the first table's places (countries, continents, unions): see {@link isCountryOrContinent}. */
let countries: Set<string> | undefined;

/** Reads {@link TABLE} and {@link PLACES} once, into {@link byName} and {@link countries}. */
function parse(): Map<string, Partial<Record<Language, PlaceForms>>> {
  const out = new Map<string, Partial<Record<Language, PlaceForms>>>();
  countries = new Set();
  for (const [table, ofCountries] of [[TABLE, true], [PLACES, false]] as const) {
    for (const line of table.split('\n')) {
      if (line.trim() === '') continue;
      const [english, ...columns] = line.split('|').map((part) => part.trim());
      const forms: Partial<Record<Language, PlaceForms>> = {};
      columns.forEach((column, k) => {
        const [names, stems] = column.split('/').map((part) => part.split(',').map((s) => s.trim()).filter(Boolean));
        forms[OTHER[k]!] = { names: names ?? [], stems: stems ?? [] };
      });
      for (const name of english!.split(',')) {
        out.set(name.trim().toLowerCase(), forms);
        if (ofCountries) countries.add(name.trim().toLowerCase());
      }
    }
  }
  return out;
}

/**
 * The names and adjective stems of the place called `english` in the five other languages, or
 * undefined when it is no place or body of the tables.
 *
 * @example
 * ```ts
 * placeForms('Norway')?.de; // { names: ['Norwegen'], stems: ['norwegisch'] }
 * ```
 */
export function placeForms(english: string): Partial<Record<Language, PlaceForms>> | undefined {
  byName ??= parse();
  return byName.get(english.trim().toLowerCase());
}

/**
 * The English adjectives of origin of the places of the tables ("Danish" for Denmark, "Norwegian" for Norway;
 * since the eighteenth round also those of {@link PLACES}: "Siberian" for Siberia, "Alpine" for the Alps),
 * written from general knowledge of English: a text about a country's law or fund often says "the Danish law",
 * "the Norwegian fund" and never names the country. Places without a usual adjective are left out. English
 * capitalises these adjectives and the five other languages do not ("the Siberian larch": "le mélèze de
 * Sibérie", "il larice siberiano", "die sibirische Lärche"), so a name that is one of them is found there
 * as its place's names and adjectives (see `placeOfAdjective`).
 */
const ENGLISH_ADJECTIVES = `
Afghanistan: Afghan; Albania: Albanian; Algeria: Algerian; Argentina: Argentine, Argentinian; Armenia: Armenian;
Australia: Australian; Austria: Austrian; Belgium: Belgian; Bolivia: Bolivian; Brazil: Brazilian; Bulgaria: Bulgarian;
Cambodia: Cambodian; Canada: Canadian; Chile: Chilean; China: Chinese; Colombia: Colombian; Croatia: Croatian;
Cuba: Cuban; Czech Republic: Czech; Czechia: Czech; Denmark: Danish; Ecuador: Ecuadorian; Egypt: Egyptian;
England: English; Estonia: Estonian; Ethiopia: Ethiopian; Finland: Finnish; France: French; Germany: German;
Greece: Greek; Hungary: Hungarian; Iceland: Icelandic; India: Indian; Indonesia: Indonesian; Iran: Iranian;
Iraq: Iraqi; Ireland: Irish; Israel: Israeli; Italy: Italian; Japan: Japanese; Kenya: Kenyan; Latvia: Latvian;
Lithuania: Lithuanian; Luxembourg: Luxembourgish; Mexico: Mexican; Morocco: Moroccan; Netherlands: Dutch;
Holland: Dutch; Nigeria: Nigerian; North Korea: North Korean; Norway: Norwegian; Pakistan: Pakistani;
Peru: Peruvian; Philippines: Filipino, Philippine; Poland: Polish; Portugal: Portuguese; Romania: Romanian;
Russia: Russian; Saudi Arabia: Saudi; Scotland: Scottish; Serbia: Serbian; Singapore: Singaporean;
Slovakia: Slovak; Slovenia: Slovenian; South Africa: South African; South Korea: South Korean; Korea: Korean;
Spain: Spanish; Sweden: Swedish; Switzerland: Swiss; Syria: Syrian; Thailand: Thai; Tunisia: Tunisian;
Turkey: Turkish; Türkiye: Turkish; Ukraine: Ukrainian; United Kingdom: British; UK: British; Britain: British;
Great Britain: British; United States: American; USA: American; US: American; Venezuela: Venezuelan; Vietnam: Vietnamese;
Wales: Welsh; Angola: Angolan; Bangladesh: Bangladeshi; Belarus: Belarusian; Bosnia: Bosnian;
Cameroon: Cameroonian; Costa Rica: Costa Rican; Cyprus: Cypriot; Ghana: Ghanaian; Guatemala: Guatemalan; Haiti: Haitian;
Honduras: Honduran; Ivory Coast: Ivorian; Jamaica: Jamaican; Kazakhstan: Kazakh; Kuwait: Kuwaiti; Laos: Laotian;
Lebanon: Lebanese; Libya: Libyan; Madagascar: Malagasy; Malaysia: Malaysian; Malta: Maltese; Moldova: Moldovan;
Mongolia: Mongolian; Montenegro: Montenegrin; Mozambique: Mozambican; Myanmar: Burmese; Burma: Burmese;
Namibia: Namibian; Nepal: Nepalese, Nepali; Nicaragua: Nicaraguan; Oman: Omani; Panama: Panamanian;
Paraguay: Paraguayan; Qatar: Qatari; Rwanda: Rwandan; Senegal: Senegalese; Somalia: Somali; Sri Lanka: Sri Lankan;
Sudan: Sudanese; Taiwan: Taiwanese; Tanzania: Tanzanian; Uganda: Ugandan; Uruguay: Uruguayan; Uzbekistan: Uzbek;
Yemen: Yemeni; Zambia: Zambian; Zimbabwe: Zimbabwean; Africa: African; Asia: Asian; Europe: European; Antarctica: Antarctic; Latin America: Latin American;
Arctic: Arctic; Atlantic: Atlantic; Pacific: Pacific; Mediterranean: Mediterranean; Baltic: Baltic; Alps: Alpine;
Pyrenees: Pyrenean; Himalayas: Himalayan; Andes: Andean; Sahara: Saharan; Siberia: Siberian;
Scandinavia: Scandinavian; Bavaria: Bavarian; Catalonia: Catalan; Sicily: Sicilian; Sardinia: Sardinian;
Corsica: Corsican; Crete: Cretan; Tuscany: Tuscan; Greenland: Greenlandic; Tasmania: Tasmanian;
Rome: Roman; Milan: Milanese; Naples: Neapolitan; Venice: Venetian; Florence: Florentine; Vienna: Viennese;
Geneva: Genevan; Athens: Athenian; Olympics: Olympic`;

let adjectivesByName: Map<string, string[]> | undefined;
let placeByAdjective: Map<string, string> | undefined;

/** Reads {@link ENGLISH_ADJECTIVES} once, into {@link adjectivesByName} and its reverse {@link placeByAdjective} (first place wins). */
function parseAdjectives(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  placeByAdjective = new Map();
  for (const entry of ENGLISH_ADJECTIVES.split(';')) {
    const [place, list] = entry.split(':').map((part) => part.trim());
    const adjectives = list!.split(',').map((a) => a.trim());
    out.set(place!.toLowerCase(), adjectives);
    for (const a of adjectives) if (!placeByAdjective.has(a.toLowerCase())) placeByAdjective.set(a.toLowerCase(), place!);
  }
  return out;
}

/**
 * The English adjectives of origin of the place called `english` ("Danish" for "Denmark"), empty when the
 * table has none.
 *
 * @example
 * ```ts
 * englishAdjectives('Norway'); // ['Norwegian']
 * ```
 */
export function englishAdjectives(english: string): readonly string[] {
  adjectivesByName ??= parseAdjectives();
  return adjectivesByName.get(english.trim().toLowerCase()) ?? [];
}

/**
 * The place an English adjective of origin is said of ("English" → "England", "Danish" → "Denmark"), or
 * undefined: the reverse of {@link englishAdjectives}.
 *
 * @example
 * ```ts
 * placeOfAdjective('Norwegian'); // 'Norway'
 * ```
 */
export function placeOfAdjective(adjective: string): string | undefined {
  adjectivesByName ??= parseAdjectives();
  return placeByAdjective!.get(adjective.trim().toLowerCase());
}

/**
 * Whether `english` names a country, continent or union of the first table (not a city, river or body): only
 * these are looked for in the other languages where the statement names them in its setting ("in France").
 *
 * @example
 * ```ts
 * isCountryOrContinent('France'); // true
 * isCountryOrContinent('Rome'); // false
 * ```
 */
export function isCountryOrContinent(english: string): boolean {
  byName ??= parse();
  return countries!.has(english.trim().toLowerCase());
}
