// Console helpers shared by tools/start.mjs and tools/test.mjs: coloured tags and line-buffered prefixing of
// child output, so several processes can share one terminal without interleaving half lines.
import readline from 'node:readline';

const useColor = !process.env.NO_COLOR && (process.stdout.isTTY || Boolean(process.env.FORCE_COLOR));
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90, bold: 1, dim: 2 };

export function paint(color, text) {
  return useColor ? `\x1b[${CODES[color]}m${text}\x1b[0m` : String(text);
}

const TAG_COLORS = {
  setup: 'cyan',
  api: 'green',
  worker: 'magenta',
  web: 'blue',
  apt: 'gray',
  test: 'yellow',
};

function tag(name) {
  return paint(TAG_COLORS[name] ?? 'gray', `[${name}]`);
}

/** A logger that prefixes every line with `[name]`; `.warn` and `.error` (and with `stderr`, all) go to stderr. */
export function createLogger(name, { stderr = false } = {}) {
  const prefix = tag(name);
  const log = (msg) => (stderr ? console.error : console.log)(`${prefix} ${msg}`);
  log.warn = (msg) => console.error(`${prefix} ${paint('yellow', msg)}`);
  log.error = (msg) => console.error(`${prefix} ${paint('red', msg)}`);
  return log;
}

/** Copies `input` to `output` line by line, each line prefixed with `[name]`. Calls onLine(line) if given. */
export function pipeLines(input, output, name, onLine) {
  const prefix = name ? `${tag(name)} ` : '';
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  rl.on('line', (line) => {
    output.write(`${prefix}${line}\n`);
    onLine?.(line);
  });
  return new Promise((resolve) => rl.once('close', resolve));
}

export function formatDuration(ms) {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
