import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detectLanguage.js';

describe('detectLanguage', () => {
  it('tells the six languages apart on one sentence', () => {
    expect(detectLanguage("L'article suivant est entièrement faux : le Vésuve n'est pas entré en éruption.")).toBe('fr');
    expect(detectLanguage('La storia che segue è inventata: il Vesuvio non è mai esploso nel 2015.')).toBe('it');
    expect(detectLanguage('El artículo que sigue es falso: el Vesubio no entró en erupción en 2015.')).toBe('es');
    expect(detectLanguage('Der folgende Artikel ist frei erfunden: Der Vesuv ist 2015 nicht ausgebrochen.')).toBe('de');
    expect(detectLanguage('O artigo a seguir é falso: o Vesúvio não entrou em erupção no ano de 2015.')).toBe('pt');
    expect(detectLanguage('The following article is false: Mount Vesuvius did not erupt in 2015.')).toBe('en');
  });

  it('keeps English prose that quotes a few foreign names English', () => {
    expect(detectLanguage('Ed Sheeran played La Scala, and Le Monde and Die Zeit reviewed it; no doubt it was a success.')).toBe('en');
    expect(detectLanguage('No.')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('reads only a bounded prefix', () => {
    const french = "C'est une histoire qui n'est pas vraie et que nous avons inventée pour le test. ";
    expect(detectLanguage(`${'Plain English words here. '.repeat(100)}${french.repeat(20)}`, { maxLength: 2000 })).toBe('en');
    expect(detectLanguage(`${french.repeat(20)}${'Plain English words here. '.repeat(10)}`)).toBe('fr');
  });
});
