// Every scenario, in the order a run measures them. Each file exports
// { id, target, seed?, run, selectedBy? }: `seed(ctx)` adds its data after the main seed and
// before the portal starts, `run(ctx)` measures and records its row(s), `selectedBy` the
// --only ids that select it (default: its id).
'use strict';

module.exports = [
  require('./health_live'),
  require('./get_application'),
  require('./list_pages'),
  require('./draft_save'),
  require('./submit'),
  require('./notifications'),
  require('./login_event_loop'),
  require('./stats'),
  require('./search_text'),
  require('./export'),
  // Before auto_assign, whose e-mails would share the cores with its closing; it waits until its
  // own e-mails (one per file closed, portal and baseline) are delivered before it ends.
  require('./close_notices'),
  // Last before api_rss: the run promises a review.assigned_digest e-mail per reviewer it
  // staffs, which the worker delivers afterwards; scenarios measured after it would share
  // the cores with that delivery.
  require('./auto_assign'),
  // The API's peak RSS across all the scenarios before it.
  require('./api_rss'),
];
