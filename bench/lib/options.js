// The command line of `npm run bench` (see bench/README.md).
'use strict';

const { parseArgs } = require('util');

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scale: { type: 'string', default: '100000' },
      'skip-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
    },
  });
  const o = {
    scale: Number(values.scale),
    build: !values['skip-build'],
    only: values.only === undefined ? null : new Set(values.only.split(',')),
    duration: Number(values.duration),
    rounds: Number(values.rounds),
    keep: values.keep,
    cpuProf: values['cpu-prof'],
    write: !values['no-write'],
    seedOnly: values['seed-only'],
    reuse: values.reuse,
  };
  if (!Number.isInteger(o.rounds) || o.rounds < 1) throw new Error('--rounds must be an integer >= 1');
  if (!Number.isInteger(o.scale) || o.scale < 60000) throw new Error('--scale must be an integer >= 60000 (the deep page is 50,000 rows into one status)');
  return o;
}

module.exports = { parseOptions };
