import { createRoot } from 'react-dom/client';
import { App as AntApp, Button, ConfigProvider, DatePicker, Select, Table, Tooltip } from 'antd';
import { UserOutlined } from '@ant-design/icons';

const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;

function Inner() {
  const { modal } = AntApp.useApp();
  return (
    <>
      <Tooltip title="tip"><Button type="primary" icon={<UserOutlined />} onClick={() => modal.info({ title: 'hi' })}>Hello</Button></Tooltip>
      <DatePicker />
      <Select options={[{ value: 'a', label: 'A' }]} style={{ width: 120 }} />
      <Table dataSource={[{ key: 1, a: 1 }]} columns={[{ title: 'A', dataIndex: 'a' }]} />
    </>
  );
}
function App() {
  return (
    <ConfigProvider csp={{ nonce }}>
      <AntApp><Inner /></AntApp>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
