#!/usr/bin/env node
// The executable: runs the CLI on this process's arguments and streams, and sets the exit code. Nothing else.
import { main } from './main.js';

await main(process.argv.slice(2));
