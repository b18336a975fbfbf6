/**
 * The one way the rules compile a pattern: `regex(source, flags)`. It is `new RegExp` with the
 * Unicode property classes `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelled out as the code-point
 * ranges they have in the scripts council papers are written in: Latin (with its extensions, IPA
 * and modifier letters), Greek and Cyrillic, plus superscript digits and fractions and Latin ligatures.
 *
 * Why: V8 builds each property class afresh from ICU's tables for every occurrence in every
 * pattern, at ~150 µs each (~400 µs at a pattern's start), and the rules hold about 400 of them:
 * some 70 ms of a lone paper's start-up went there, against ~15 µs for a class of a few ranges.
 * Within those scripts the spelled-out class matches exactly what the property matches; a letter
 * of another script (Arabic, Han, …) is not a letter to the rules, as it never is in these papers.
 */

/** The blocks whose letters and numbers the rules know, as [first, last] code points. */
export const SCRIPT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f], // Latin (Basic, Latin-1, Extended-A and -B), IPA, modifier letters (ʼ), Greek and Coptic, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh …)
  [0x2070, 0x218f], // superscripts and subscripts, number forms (½, Ⅳ)
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ), should one survive normalisation
];

/** The property classes spelled out, by name. */
export const SPELLED_OUT = ["L", "Lu", "Ll", "N"] as const;
type Property = (typeof SPELLED_OUT)[number];

/**
 * The body of each spelled-out class: the property's ranges within SCRIPT_BLOCKS, written out as
 * data (computing them costs each process ~3 ms). test/regex.test.ts checks every code point of the
 * blocks against the property itself, so a change of SCRIPT_BLOCKS without these fails there.
 */
export const PROPERTY_CLASSES: Readonly<Record<Property, string>> = {
  L: "A-Za-zªµºÀ-ÖØ-öø-ˁˆ-ˑˠ-ˤˬˮͰ-ʹͶͷͺ-ͽͿΆΈ-ΊΌΎ-ΡΣ-ϵϷ-ҁҊ-ԯḀ-ỿⁱⁿₐ-ₜℂℇℊ-ℓℕℙ-ℝℤΩℨK-ℭℯ-ℹℼ-ℿⅅ-ⅉⅎↃↄﬀ-ﬆ",
  Lu: "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƁƂƄƆƇƉ-ƋƎ-ƑƓƔƖ-ƘƜƝƟƠƢƤƦƧƩƬƮƯƱ-ƳƵƷƸƼǄǇǊǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǴǶ-ǸǺǼǾȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃ-ɆɈɊɌɎͰͲͶͿΆΈ-ΊΌΎΏΑ-ΡΣ-ΫϏϒ-ϔϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹϺϽ-ЯѠѢѤѦѨѪѬѮѰѲѴѶѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӃӅӇӉӋӍӐӒӔӖӘӚӜӞӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԨԪԬԮḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼṾẀẂẄẆẈẊẌẎẐẒẔẞẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾℂℇℋ-ℍℐ-ℒℕℙ-ℝℤΩℨK-ℭℰ-ℳℾℿⅅↃ",
  Ll: "a-zµß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž-ƀƃƅƈƌƍƒƕƙ-ƛƞơƣƥƨƪƫƭưƴƶƹƺƽ-ƿǆǉǌǎǐǒǔǖǘǚǜǝǟǡǣǥǧǩǫǭǯǰǳǵǹǻǽǿȁȃȅȇȉȋȍȏȑȓȕȗșțȝȟȡȣȥȧȩȫȭȯȱȳ-ȹȼȿɀɂɇɉɋɍɏ-ʓʖ-ʯͱͳͷͻ-ͽΐά-ώϐϑϕ-ϗϙϛϝϟϡϣϥϧϩϫϭϯ-ϳϵϸϻϼа-џѡѣѥѧѩѫѭѯѱѳѵѷѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӂӄӆӈӊӌӎӏӑӓӕӗәӛӝӟӡӣӥӧөӫӭӯӱӳӵӷӹӻӽӿԁԃԅԇԉԋԍԏԑԓԕԗԙԛԝԟԡԣԥԧԩԫԭԯḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕ-ẝẟạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹỻỽỿℊℎℏℓℯℴℹℼℽⅆ-ⅉⅎↄﬀ-ﬆ",
  N: "0-9²³¹¼-¾⁰⁴-⁹₀-₉⅐-ↂↅ-↉",
};

const TOKENS = /\\[pP]\{(?:L[lu]?|N)\}|\\.|\[|\]/gsu;

/**
 * `source` with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelled out: `[…]` where one stands
 * alone, the bare ranges inside a class, `[^…]` for `\P{…}` alone. Anything else is left as written.
 * @example spellOutProperties(String.raw`(?<![\p{L}\d-])nämnd`).startsWith("(?<![A-Za-z") // true
 */
export function spellOutProperties(source: string): string {
  let inClass = false;
  return source.replace(TOKENS, (token) => {
    if (token === "[") inClass = true;
    else if (token === "]") inClass = false;
    else if (token.length > 2 && token[2] === "{") {
      const body = PROPERTY_CLASSES[token.slice(3, -1) as Property];
      const negated = token[1] === "P";
      // a negated property inside a class has no range form: it stays as written
      if (inClass) return negated ? token : body;
      return `[${negated ? "^" : ""}${body}]`;
    }
    return token;
  });
}

/**
 * A pattern compiled with its property classes spelled out (only under the `u` flag, the only one
 * where they mean anything).
 * @example regex(String.raw`(?<!\p{L})dnr\b`, "iu").test("Dnr 2013-125") // true
 */
export function regex(source: string, flags = ""): RegExp {
  return new RegExp(flags.includes("u") ? spellOutProperties(source) : source, flags);
}

/**
 * Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives them (from the
 * start, an empty match stepped over), without the copy of the pattern matchAll makes.
 *
 * Why: matchAll builds a new RegExp from the pattern on every call (the spec's species
 * constructor), some 5 µs for one of the rules' large patterns, far more than searching the few
 * dozen characters of an act's object with it. The pattern's lastIndex is set before each search,
 * so the caller's loop may use the same pattern meanwhile.
 * @example [...matchesOf(regex(String.raw`§\s*(\d+)`, "gu"), "§ 12 och § 14")].map((m) => m[1]) // ["12", "14"]
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  // as matchAll: a pattern without g would find its first match again and again
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: /${pattern.source}/${pattern.flags}`);
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return;
    from = pattern.lastIndex;
    // an empty match: on by one character (a whole code point under u), as matchAll goes on
    if (match[0] === "") from += pattern.unicode && (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
    yield match;
  }
}
