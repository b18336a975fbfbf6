#!/usr/bin/env node
// `pnpm diarium …`: rebuild the bundle when a source changed, then run the CLI's main(argv).
import { pathToFileURL } from "node:url";
import { bundleIsStale, buildBundle, bundlePath } from "./build.mjs";

if (bundleIsStale()) await buildBundle();
const { main } = await import(pathToFileURL(bundlePath).href);
process.exitCode = await main(process.argv.slice(2));
