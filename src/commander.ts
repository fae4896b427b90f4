// commander, loaded through its CommonJS entry (the package's `require` export): that skips its ESM wrapper and
// Node's scan of the CommonJS file for the names it exports, about 8 ms of every start. The same classes.
import { createRequire } from 'node:module';
import type * as Commander from 'commander';

const commander = createRequire(import.meta.url)('commander') as typeof Commander;

export const { Command, CommanderError, InvalidArgumentError, Option } = commander;
export type Command = Commander.Command;
export type CommanderError = Commander.CommanderError;
export type InvalidArgumentError = Commander.InvalidArgumentError;
export type Option = Commander.Option;
