import type { ImportProfile } from './import-profile.js';
import { jiraServiceManagement } from './profiles/jira-service-management.js';
import { uptimeKuma } from './profiles/uptime-kuma.js';
import { uptimeRobot } from './profiles/uptimerobot.js';
import { zendesk } from './profiles/zendesk.js';

/**
 * The built-in import profiles by `--profile` id: zendesk,
 * jira-service-management (tickets), uptimerobot (incidents), uptime-kuma
 * (probes).
 *
 * @example
 * ```ts
 * IMPORT_PROFILES.get('zendesk')?.input; // "tickets"
 * ```
 */
export const IMPORT_PROFILES: ReadonlyMap<string, ImportProfile> = new Map([zendesk, jiraServiceManagement, uptimeRobot, uptimeKuma].map((profile) => [profile.id, profile]));
