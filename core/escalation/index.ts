export { escalationPolicyDocument, escalationPolicySpec, type EscalationPolicySpec } from './policy';
export { acknowledge, applyActions, evaluate } from './evaluate';
export { nextDueAt } from './due';
export { inQuietHours, quietHoursEnd } from './quiet-hours';
export { alertmanagerAlerts, CONDITION_TEXT, verifySignature, webhookRequest } from './notification';
export { escalationNotification } from './notification-schema';
export { nextStep, parseRetryAfter, retrySchedule, shouldRetry } from './backoff';
export * from './types';
export * from './api';
