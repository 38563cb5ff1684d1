// Baseline for `health_live`: a bare Fastify server answering the portal's /health/live JSON.
'use strict';

const fastify = require('fastify')({ logger: false });

fastify.get('/health/live', async () => ({ status: 'ok' }));

fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(
  () => process.send?.('ready'),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
process.on('disconnect', () => process.exit(1));
process.on('SIGTERM', () => fastify.close().then(() => process.exit(0)));
