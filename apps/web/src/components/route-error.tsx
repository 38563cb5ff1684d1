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
  // A page's code that could not be downloaded stays failed in this document (React.lazy keeps
  // the rejection): only loading the page anew fetches it again.
  const chunk = error instanceof Error && /dynamically imported module|importing a module script|chunk/i.test(error.message);
  const retry = () => (chunk ? window.location.reload() : navigate(location.pathname + location.search + location.hash, { replace: true }));
  return (
    <Result
      status={network ? 'warning' : 'error'}
      title={network ? t('routeError.offlineTitle') : t('routeError.title')}
      subTitle={network ? t('errors.network') : errorText(t, error)}
      extra={
        <Button type="primary" onClick={retry}>
          {t('routeError.retry')}
        </Button>
      }
    />
  );
}
