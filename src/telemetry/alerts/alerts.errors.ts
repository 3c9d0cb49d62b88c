import { defineErrors } from '../../common/errors/app-error.js';

export const AlertsErrors = defineErrors({
  ALERTS_QUERY_INVALID: { status: 400, message: 'A query parameter is not valid.' },
  ALERTS_ALERT_NOT_FOUND: { status: 404, message: 'No alert has this id.' },
  ALERTS_SUBSCRIPTION_INVALID: { status: 400, message: 'The subscription body is not valid.' },
  ALERTS_CALLBACK_URL_REFUSED: {
    status: 400,
    message: 'The callback URL is refused: it must be https and resolve to a public address.',
  },
  ALERTS_SUBSCRIPTION_NOT_FOUND: { status: 404, message: 'No webhook subscription has this id.' },
  ALERTS_SUBSCRIPTIONS_FULL: { status: 409, message: 'The server holds as many webhook subscriptions as it allows (ALERT_MAX_SUBSCRIPTIONS).' },
});
