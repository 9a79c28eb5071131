import type { SourceRef } from '../../contract/provenance.js';

/** The document's title: what reports name. */
const DOCUMENT = 'Sign In App service level commitment (Engagement sur le niveau de service)';
/** The file of the text every quote is checked against (scripts/check-sources.ts). */
const FILE = '003_8e2d6e5cee0ebe2c.txt';

/**
 * Verbatim clause citations from the Sign In App service level commitment (`003_8e2d6e5cee0ebe2c.txt`),
 * one per computable rule, option and ambiguity the preset has (see the preset's `ambiguities`).
 *
 * Quotes are copied from the seed text (whitespace runs may differ only in
 * length); `scripts/check-sources.ts` verifies each one against the seed.
 *
 * @example
 * ```ts
 * import { signinappSources } from 'slakit/presets/signinapp';
 * console.log(signinappSources.responseCritical.quote);
 * ```
 */
export const signinappSources = {
  /** Calendar `support`: 24 hours a day Monday–Friday, excluding public holidays (zone and region not stated). */
  supportHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.1 Assistance',
    quote: "Nous fournirons des services d'assistance 24 heures sur 24, du lundi au vendredi,ces heures ouvrables excluant les jours fériés.",
  },
  /** Calendar `critical`: critical problems are supported 24/7. */
  criticalSupport: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.1 Assistance',
    quote: 'Pour les problèmes critiques, nous offrons une assistance 24 heures sur 24 et 7 jours sur 7.',
  },
  /** Exclusion: software, equipment or services not bought through and managed by Sign In App. */
  productsNotBoughtExcluded: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.3 Assistance',
    quote: "Nos obligations d'assistance et nos engagements sur cette page ne s'appliquent pas aux logiciels, équipements ou services qui n'ont pas été achetés par notre intermédiaire et gérés par nous.",
  },
  /** Support commitments do not apply in the cases listed below (ticket flag `excluded`). */
  exclusions: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.4 Assistance',
    quote: "De plus, nos obligations d'assistance et engagements sur cette page ne s'appliquent pas quand :",
  },
  /** Exclusion: the problem was caused by use in a non-recommended way. */
  exclusionNotRecommendedUse: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.4 Assistance',
    quote: "Le problème a été causé par l'utilisation d'équipement, de logiciel ou de service(s) d'une manière qui n'est pas recommandée.",
  },
  /** Exclusion: unauthorised configuration or settings changes. */
  exclusionUnauthorisedChanges: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.4 Assistance',
    quote: "Vous avez fait des changements non autorisés à la configuration ou au paramétrage de l'équipement, du logiciel ou des services affectés.",
  },
  /** Exclusion: the problem was caused by unsupported equipment, software or services. */
  exclusionUnsupportedEquipment: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.4 Assistance',
    quote: "Le problème a été causé par un équipement, un logiciel ou d'autres services non pris en charge.",
  },
  /** Response time measures the time taken to answer a support request made through the listed channels. */
  responseTime: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.7 Assistance',
    quote: "Le temps de réponse mesure le temps qu'il nous faut pour répondre à une demande d'assistance formulée via les canaux ci-dessus.",
  },
  /** A request is handled at the first reply to it (stop event), by e-mail or phone call. */
  firstReply: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.8 Assistance',
    quote: "Nous considérons que nous avons traité votre demande lorsque nous avons répondu à votre demande initiale. Cette réponse peut prendre la forme d'un e-mail ou d'un appel téléphonique",
  },
  /** Critical (system unusable for all customers): first response within 1 working hour (default on the 24/7 `critical` calendar). */
  responseCritical: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.9 Assistance',
    quote: 'CritiqueUn problème qui rendrait le système inopérant ou inutilisable pour tous les clients de Sign In App.1 heure ouvrable',
  },
  /** Severe: first response within 2 working hours on `support`. */
  responseSevere: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.9 Assistance',
    quote: 'SévèreUn problème qui rendrait le système peu pratique à utiliser.2 heures de travail',
  },
  /** Medium: first response within 8 working hours on `support`. */
  responseMedium: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.9 Assistance',
    quote: 'MoyenneUn problème qui est gênant mais qui ne réduit pas la capacité opérationnelle du système.8 heures de travail',
  },
  /** Minor: first response within 1 week (default 5 business days = 120 h of `support`; option 7 calendar days). */
  responseMinor: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.9 Assistance',
    quote: 'MineurUn problème de nature mineure.1 semaine',
  },
  /** No resolution-time guarantee. */
  noResolutionGuarantee: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.10 Assistance',
    quote: 'Toutefois, nous ne sommes pas en mesure de garantir des délais de résolution.',
  },
  /** Historical claim, not a commitment: 99.99 % uptime during 2022. */
  uptime2022: {
    document: DOCUMENT,
    file: FILE,
    section: '§1.11 Assistance',
    quote: 'Nous avons eu un temps de fonctionnement de 99.99% pendant 2022.',
  },
} as const satisfies Record<string, SourceRef>;
