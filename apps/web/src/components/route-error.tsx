import { Button, Result } from 'antd';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText, isNetworkError } from './problems';

/**
 * A page that failed (a render error, a chunk that could not load offline) is replaced by this
 * inside the layout, not the whole app by react-router's developer screen. "Try again" navigates
 * to the same address, which clears the boundary and mounts the page afresh (its queries retry).
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const network = isNetworkError(error) || (typeof navigator !== 'undefined' && navigator.onLine === false);
  return (
    <Result
      status={network ? 'warning' : 'error'}
      title={network ? t('routeError.offlineTitle') : t('routeError.title')}
      subTitle={network ? t('errors.network') : errorText(t, error)}
      extra={
        <Button type="primary" onClick={() => navigate(location.pathname + location.search + location.hash, { replace: true })}>
          {t('routeError.retry')}
        </Button>
      }
    />
  );
}
