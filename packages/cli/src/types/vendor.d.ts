// Typings for the one untyped dependency the CLI uses (better-sqlite3 has @types/better-sqlite3).

declare module "natural/lib/natural/stemmers/porter_stemmer_sv.js" {
  /** Swedish Porter (Snowball) stemmer: "ombuden" → "ombud". */
  const PorterStemmerSv: { stem(token: string): string };
  export default PorterStemmerSv;
}
