import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { SlaInputError } from '../../errors.js';
import { LiveSupportBilling } from '../billing.js';
import { buildStep } from '../build-step.js';
import type { ContractTerms } from '../schema.js';
import { ContractAvailability } from './availability.js';
import { buildCalendars } from './calendars.js';
import { ContractClaims } from './claims.js';
import { ContractRemedies } from './remedies.js';
import { ContractResponses } from './responses.js';

/**
 * One version's terms as an engine: its calendars, response clocks,
 * availability commitments, remedies and claims, each a part in its own
 * file. Every value a primitive refuses fails here, at definition time,
 * naming its path under `prefix` (`versions[1].patch.` for an amendment).
 * @internal
 */
export class ContractTermsEngine {
  readonly terms: ContractTerms;
  /** The version's name in reports (`initial`, a version's id, or `versions[i]`). */
  readonly name: string;
  readonly calendars: ReadonlyMap<string, BusinessCalendar>;
  readonly responses: ContractResponses;
  readonly availability: ContractAvailability | undefined;
  readonly remedies: ContractRemedies;
  readonly claims: ContractClaims | undefined;
  readonly liveSupport: LiveSupportBilling | undefined;

  constructor(terms: ContractTerms, options: { readonly prefix: string; readonly name: string }) {
    const { prefix } = options;
    this.terms = terms;
    this.name = options.name;
    this.calendars = buildCalendars(terms, prefix);
    const calendar = (id: string) => this.calendar(id);
    this.availability = terms.availability === undefined ? undefined : new ContractAvailability(terms.availability, calendar, prefix);
    this.remedies = new ContractRemedies(terms, prefix);
    this.claims = terms.claims === undefined ? undefined : new ContractClaims(terms.claims, prefix);
    const live = terms.billing?.liveSupport;
    this.liveSupport = live ? buildStep(`${prefix}billing.liveSupport`, () => new LiveSupportBilling(live)) : undefined;
    this.responses = new ContractResponses(terms, calendar);
    if (terms.responses) {
      const responses = this.responses;
      for (const region of responses.regions.length > 0 ? responses.regions : [null]) {
        buildStep(`${prefix}responses`, () => responses.clock(region ?? undefined));
      }
    }
  }

  /** A calendar by id; throws {@link SlaInputError} listing the ids on an unknown one. */
  calendar(id: string): BusinessCalendar {
    const calendar = this.calendars.get(id);
    if (!calendar) throw new SlaInputError('calendar', id, `one of ${[...this.calendars.keys()].join(', ')}`);
    return calendar;
  }

  /** The availability part, or throws naming the contract. */
  requireAvailability(): ContractAvailability {
    if (this.availability === undefined) throw new SlaInputError('contract', this.terms.id, 'a contract with availability commitments');
    return this.availability;
  }
}
