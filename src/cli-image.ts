// The CLI as a V8 startup snapshot (the executable, bin/aleppo-corpus, starts it when the build made it for the node
// it finds): bundled into one script with the packages it loads, run once at build time (scripts/build-image.mjs) and
// saved as a heap image, so a run starts with every module in place rather than loading some sixty of them. It holds
// no compromise: a run that must analyse sends its reports to the extractor's image (analysis/image.ts), or the
// executable starts that image itself for a run that will analyse every report.
import { startupSnapshot } from 'node:v8';
import { main } from './main.js';

// Node gives the arguments after its own (and the `--` that ends them) from process.argv[1] on.
startupSnapshot.setDeserializeMainFunction(() => void main(process.argv.slice(1)));
