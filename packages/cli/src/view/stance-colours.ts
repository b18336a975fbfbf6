import type { Stance } from "@diarium/schema";

/**
 * The stance colours of both pages that show stances, one row a stance: `strong` for a badge with
 * white text and a timeline's dot (`diarium serve`), `light` for a highlighted chip under dark
 * text (`diarium view`). One hue a stance: green for, red against, blue answered, amber referred back.
 */
export const STANCE_COLOURS = [
  { stance: "bifall", strong: "#1a7f37", light: "#c8e6c9" },
  { stance: "delvis_bifall", strong: "#8cb63c", light: "#f0f4c3" },
  { stance: "avslag", strong: "#cf222e", light: "#ffcdd2" },
  { stance: "besvarad", strong: "#0969da", light: "#bbdefb" },
  { stance: "aterremiss", strong: "#bf8700", light: "#ffe0b2" },
  { stance: "ingen_stallning", strong: "#8c959f", light: "#eceff1" },
] as const satisfies readonly { stance: Stance; strong: string; light: string }[];

/** The colours of a position whose stance the paper does not give. */
export const NO_STANCE_COLOURS = { strong: "#afb8c1", light: "#eceff1" } as const;

/**
 * The strong colour of a stance, or of none.
 * @example strongColourOf("avslag") // "#cf222e"
 */
export function strongColourOf(stance: string | null): string {
  return STANCE_COLOURS.find((c) => c.stance === stance)?.strong ?? NO_STANCE_COLOURS.strong;
}
