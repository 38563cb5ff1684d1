// Baseline for `health_live`: a bare Fastify server answering the portal's /health/live JSON.
'use strict';

const { bareFastify, listen } = require('./lib/bare-server');

const fastify = bareFastify();
fastify.get('/health/live', async () => ({ status: 'ok' }));
listen(fastify);
