// Shell completion scripts (`aleppo-corpus completion bash|zsh|fish`), generated from the program's own commands and
// options, so that they never fall behind. Pure: a description of the program in, a script out.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CompletionOption {
  /** `--corpus` */
  long: string;
  /** `-q`, when the option has one. */
  short?: string;
  description: string;
  /** Whether the option takes a value, and what kind: a directory, a file, one of `choices`, or anything. */
  value?: 'directory' | 'file' | 'any';
  choices?: readonly string[];
}

export interface CompletionSpec {
  program: string;
  globalOptions: CompletionOption[];
  commands: Array<{ name: string; description: string; options: CompletionOption[] }>;
}

export function isShell(name: string): name is Shell {
  return (SHELLS as readonly string[]).includes(name);
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec, 'bash');
    case 'zsh':
      return `#compdef ${spec.program}\n# ${spec.program} completion for zsh (through bash completion): add \`eval "$(${spec.program} completion zsh)"\` to ~/.zshrc\nautoload -U +X bashcompinit && bashcompinit\n${bashScript(spec, 'zsh')}`;
    case 'fish':
      return fishScript(spec);
  }
}

/** Single-quoted for a shell. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const flagsOf = (options: readonly CompletionOption[]): string[] => options.flatMap((o) => (o.short ? [o.short, o.long] : [o.long]));

function bashScript(spec: CompletionSpec, shell: 'bash' | 'zsh'): string {
  const fn = `_${spec.program.replace(/[^A-Za-z0-9]/g, '_')}`;
  const all = [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)];
  const withValue = all.filter((o) => o.value !== undefined || o.choices);
  const valueCase = (o: CompletionOption): string => {
    const words = flagsOf([o]).join('|');
    if (o.choices) return `    ${words}) COMPREPLY=($(compgen -W ${quote(o.choices.join(' '))} -- "$cur")); return ;;`;
    if (o.value === 'directory') return `    ${words}) COMPREPLY=($(compgen -d -- "$cur")); return ;;`;
    if (o.value === 'file') return `    ${words}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`;
    return `    ${words}) return ;;`;
  };
  const lines = [
    ...(shell === 'bash' ? [`# ${spec.program} completion for bash: add \`eval "$(${spec.program} completion bash)"\` to ~/.bashrc`] : []),
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="" i',
    '  case "$prev" in',
    ...[...new Map(withValue.map((o) => [o.long, o])).values()].map(valueCase),
    '  esac',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    `      ${[...new Set(flagsOf(withValue))].join('|')}) ((i++)) ;;`,
    '      -*) ;;',
    '      *) command="${COMP_WORDS[i]}"; break ;;',
    '    esac',
    '  done',
    `  local global=${quote(flagsOf(spec.globalOptions).join(' '))}`,
    '  case "$command" in',
    `    "") COMPREPLY=($(compgen -W ${quote(spec.commands.map((c) => c.name).join(' '))}" $global" -- "$cur")) ;;`,
    ...spec.commands.map((c) => `    ${c.name}) COMPREPLY=($(compgen -W "$global"${quote(` ${flagsOf(c.options).join(' ')}`)} -- "$cur")) ;;`),
    '  esac',
    '}',
    `complete -o default -F ${fn} ${spec.program}`,
  ];
  return `${lines.join('\n')}\n`;
}

function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const option = (o: CompletionOption, condition?: string): string => {
    const parts = [`complete -c ${p}`];
    if (condition) parts.push(`-n ${quote(condition)}`);
    parts.push(`-l ${o.long.replace(/^--/, '')}`);
    if (o.short) parts.push(`-s ${o.short.replace(/^-/, '')}`);
    if (o.choices) parts.push(`-x -a ${quote(o.choices.join(' '))}`);
    else if (o.value === 'directory') parts.push(`-x -a '(__fish_complete_directories)'`);
    else if (o.value === 'file') parts.push('-r -F');
    else if (o.value === 'any') parts.push('-x');
    parts.push(`-d ${quote(o.description)}`);
    return parts.join(' ');
  };
  const lines = [
    `# ${p} completion for fish: \`${p} completion fish > ~/.config/fish/completions/${p}.fish\``,
    `complete -c ${p} -f`,
    ...spec.commands.map((c) => `complete -c ${p} -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`),
    ...spec.globalOptions.map((o) => option(o)),
    ...spec.commands.flatMap((c) => c.options.map((o) => option(o, `__fish_seen_subcommand_from ${c.name}`))),
  ];
  return `${lines.join('\n')}\n`;
}
