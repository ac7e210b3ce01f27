import { defineMessages } from '../define';

// The Admin section's frame (components/admin/admin-nav.tsx, admin-page.tsx). Each section's
// own words are in admin-users.ts, admin-vhosts.ts and admin-policies.ts.
export const admin = defineMessages(
  {
    'admin.nav': 'Admin',
    'admin.section.users': 'Users',
    'admin.section.usersHint': 'Users, their tags and passwords, permissions per virtual host, topic permissions and limits.',
    'admin.section.vhosts': 'Virtual hosts',
    'admin.section.vhostsHint': 'Virtual hosts, their permissions seen from their side, and their limits.',
    'admin.section.policies': 'Policies',
    'admin.section.policiesHint': 'Policies and operator policies, with a preview of what a pattern matches.',
    'admin.section.definitions': 'Definitions',
    'admin.section.definitionsHint': 'Export the broker’s definitions, or import a file after seeing what it would change.',
    'admin.section.cluster': 'Cluster',
    'admin.section.clusterHint': 'The cluster’s name and its feature flags.',
    'admin.section.audit': 'Audit log',
    'admin.section.auditHint': 'Every change made through Warren: who, when, from where, and what the broker answered.',
  },
  {
    'admin.nav': '管理',
    'admin.section.users': '用户',
    'admin.section.usersHint': '用户及其标签和密码、各虚拟主机的权限、主题权限和限制。',
    'admin.section.vhosts': '虚拟主机',
    'admin.section.vhostsHint': '虚拟主机、从其角度看的权限及其限制。',
    'admin.section.policies': '策略',
    'admin.section.policiesHint': '策略和运维策略，并可预览模式会匹配哪些对象。',
    'admin.section.definitions': '定义',
    'admin.section.definitionsHint': '导出 broker 的定义，或在查看将要发生的变更后导入文件。',
    'admin.section.cluster': '集群',
    'admin.section.clusterHint': '集群名称及其功能开关。',
    'admin.section.audit': '审计日志',
    'admin.section.auditHint': '通过 Warren 做出的每项变更：谁、何时、从哪里，以及 broker 的答复。',
  },
);
