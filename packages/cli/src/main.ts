/** Entry point of the bundled CLI; replaced by the commander program below as it grows. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`diarium: ${argv.join(" ")}\n`);
  return 0;
}
