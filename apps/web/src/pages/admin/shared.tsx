export { PageHeading as Title } from '../../layout/page-heading';
