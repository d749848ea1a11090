/**
 * Names of countries, continents, the European Union and the United Nations in the five other languages, with the
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
United Kingdom, Britain, Great Britain | Royaume-Uni, Grande-Bretagne / britannique | Regno Unito, Gran Bretagna / britannic | Reino Unido, Gran Bretaña / británic | Vereinigtes Königreich, Großbritannien / britisch | Reino Unido, Grã-Bretanha / britânic
United States, USA | États-Unis / américain | Stati Uniti / american | Estados Unidos, EE. UU. / estadounidense | Vereinigte Staaten, USA / amerikanisch | Estados Unidos, EUA / american, estadunidense
Venezuela | Venezuela / vénézuélien | Venezuela / venezuelan | Venezuela / venezolan | Venezuela / venezolanisch | Venezuela / venezuelan
Vietnam | Viêt Nam, Vietnam / vietnamien | Vietnam / vietnamit | Vietnam / vietnamit | Vietnam / vietnamesisch | Vietname, Vietnã / vietnamit
Wales | Pays de Galles / gallois | Galles / gallese | Gales / gales | Wales / walisisch | País de Gales / galês
Africa | Afrique / africain | Africa / african | África / african | Afrika / afrikanisch | África / african
Asia | Asie / asiatique | Asia / asiatic | Asia / asiátic | Asien / asiatisch | Ásia / asiátic
Europe | Europe / europé | Europa / europe | Europa / europe | Europa / europäisch | Europa / europe
European Union, EU | Union européenne, UE | Unione europea, UE | Unión Europea, UE | Europäische Union, EU | União Europeia, UE
United Nations, UN | Nations unies, ONU | Nazioni Unite, ONU | Naciones Unidas, ONU | Vereinte Nationen, UNO | Nações Unidas, ONU
Antarctica, Antarctic | Antarctique | Antartide, Antartico | Antártida, Antártico | Antarktis / antarktisch | Antártida, Antártica, Antártico
Latin America | Amérique latine / latino-américain | America Latina / latinoamerican | América Latina, Latinoamérica / latinoamerican | Lateinamerika / lateinamerikanisch | América Latina / latino-american
`;

/** The forms of one place in one language: its names and the stems its adjectives start with. */
export interface PlaceForms {
  names: readonly string[];
  stems: readonly string[];
}

const OTHER: readonly Language[] = ['fr', 'it', 'es', 'de', 'pt'];

let byName: Map<string, Partial<Record<Language, PlaceForms>>> | undefined;

function parse(): Map<string, Partial<Record<Language, PlaceForms>>> {
  const out = new Map<string, Partial<Record<Language, PlaceForms>>>();
  for (const line of TABLE.split('\n')) {
    if (line.trim() === '') continue;
    const [english, ...columns] = line.split('|').map((part) => part.trim());
    const forms: Partial<Record<Language, PlaceForms>> = {};
    columns.forEach((column, k) => {
      const [names, stems] = column.split('/').map((part) => part.split(',').map((s) => s.trim()).filter(Boolean));
      forms[OTHER[k]!] = { names: names ?? [], stems: stems ?? [] };
    });
    for (const name of english!.split(',')) out.set(name.trim().toLowerCase(), forms);
  }
  return out;
}

/**
 * The names and adjective stems of the place called `english` in the five other languages, or
 * undefined when it is no country, continent or region of the table.
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
 * The English adjectives of origin of the places of the table ("Danish" for Denmark, "Norwegian" for Norway),
 * written from general knowledge of English: a text about a country's law or fund often says "the Danish law",
 * "the Norwegian fund" and never names the country. Places without a usual adjective are left out.
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
Turkey: Turkish; Türkiye: Turkish; Ukraine: Ukrainian; United Kingdom: British; Britain: British;
Great Britain: British; United States: American; USA: American; Venezuela: Venezuelan; Vietnam: Vietnamese;
Wales: Welsh; Africa: African; Asia: Asian; Europe: European; Antarctica: Antarctic; Latin America: Latin American`;

let adjectivesByName: Map<string, string[]> | undefined;

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
  adjectivesByName ??= new Map(
    ENGLISH_ADJECTIVES.split(';').map((entry) => {
      const [place, adjectives] = entry.split(':').map((part) => part.trim());
      return [place!.toLowerCase(), adjectives!.split(',').map((a) => a.trim())];
    }),
  );
  return adjectivesByName.get(english.trim().toLowerCase()) ?? [];
}
