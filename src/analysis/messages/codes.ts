import type { Status } from "../status.js";

/**
 * What a parameter holds, so a renderer knows how to show it: an actor id (shown as a name, filled
 * in at render time), a cluster number (shown as the cluster's name), a status code, tags (shown as
 * they are), a number, or a share from 0 to 1 (`percent`, shown as a percentage with one decimal in the reader's
 * language). `count` is a number that also picks the plural form.
 */
export type ParamKind = "actor" | "actors" | "cluster" | "status" | "tag" | "tags" | "count" | "number" | "percent";

type ParamSpec = Readonly<Record<string, ParamKind>>;

/** Every sentence the analysis can ask for, by code; each has a key `message.<code>` in every catalog. */
export const MESSAGE_CODES = [
  "isolated_resident",
  "service_dependent_resident",
  "peripheral_resident",
  "clusters_unlinked",
  "clusters_single_tie",
  "bridge_tie",
  "articulation_point",
  "isolated_group",
  "gift_unmet",
  "unshared_interest",
  "institution_without_groups",
  "introduce_to_group",
  "introduce_by_leader_area",
  "introduce_by_leader_interest",
  "introduce_by_leader_area_interest",
  "introduce_by_member_area",
  "introduce_by_member_interest",
  "introduce_by_member_area_interest",
  "close_bridge_unlinked",
  "close_bridge_unlinked_shared",
  "close_bridge_single_tie",
  "close_bridge_single_tie_shared",
  "close_bridge_unlinked_by",
  "close_bridge_unlinked_shared_by",
  "close_bridge_single_tie_by",
  "close_bridge_single_tie_shared_by",
  "gift_match",
  "gift_match_same_area",
  "gift_match_by",
  "gift_match_same_area_by",
  "cluster_numbered",
  "cluster_named",
  "professional_last_link",
  "duplication",
  "paid_share_first_year",
  "paid_share_fell",
  "paid_share_rose",
  "paid_share_steady",
  "paid_share_span_fell",
  "paid_share_span_rose",
  "paid_share_span_steady",
  "paid_share_span_peaked",
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

const BRIDGE = { clusterA: "cluster", sizeA: "number", clusterB: "cluster", sizeB: "number" } as const;
const CLOSE_BRIDGE = { clusterA: "cluster", clusterB: "cluster", a: "actor", b: "actor" } as const;
const JOIN_GROUP = { resident: "actor", status: "status", group: "actor", interests: "tags" } as const;
const BY_LEADER_OR_MEMBER = { ...JOIN_GROUP, introducer: "actor" } as const;
const GIFT_MATCH = { giver: "actor", gift: "tag", receiver: "actor", status: "status" } as const;
const PAID_SHARE = { year: "number", share: "percent", count: "count", groups: "number" } as const;
const PAID_TREND = { ...PAID_SHARE, previousYear: "number", previousShare: "percent" } as const;
const PAID_SPAN = {
  firstYear: "number",
  lastYear: "number",
  firstShare: "percent",
  lastShare: "percent",
  firstReaching: "number",
  count: "count",
  groups: "number",
} as const;

/** The parameters of each code and what they hold. */
export const MESSAGE_PARAMS = {
  isolated_resident: { resident: "actor" },
  service_dependent_resident: { resident: "actor" },
  peripheral_resident: { resident: "actor" },
  clusters_unlinked: BRIDGE,
  clusters_single_tie: { ...BRIDGE, from: "actor", to: "actor" },
  bridge_tie: { from: "actor", to: "actor", count: "count" },
  articulation_point: { actor: "actor", count: "count" },
  isolated_group: { group: "actor" },
  gift_unmet: { gift: "tag", holders: "actors", carers: "actors", count: "count" },
  unshared_interest: { resident: "actor", interests: "tags" },
  institution_without_groups: { institution: "actor", count: "count" },
  introduce_to_group: JOIN_GROUP,
  introduce_by_leader_area: { ...BY_LEADER_OR_MEMBER, area: "tag" },
  introduce_by_leader_interest: { ...BY_LEADER_OR_MEMBER, common: "tags" },
  introduce_by_leader_area_interest: { ...BY_LEADER_OR_MEMBER, area: "tag", common: "tags" },
  introduce_by_member_area: { ...BY_LEADER_OR_MEMBER, area: "tag" },
  introduce_by_member_interest: { ...BY_LEADER_OR_MEMBER, common: "tags" },
  introduce_by_member_area_interest: { ...BY_LEADER_OR_MEMBER, area: "tag", common: "tags" },
  close_bridge_unlinked: CLOSE_BRIDGE,
  close_bridge_unlinked_shared: { ...CLOSE_BRIDGE, shared: "tags" },
  close_bridge_single_tie: CLOSE_BRIDGE,
  close_bridge_single_tie_shared: { ...CLOSE_BRIDGE, shared: "tags" },
  close_bridge_unlinked_by: { ...CLOSE_BRIDGE, introducer: "actor" },
  close_bridge_unlinked_shared_by: { ...CLOSE_BRIDGE, shared: "tags", introducer: "actor" },
  close_bridge_single_tie_by: { ...CLOSE_BRIDGE, introducer: "actor" },
  close_bridge_single_tie_shared_by: { ...CLOSE_BRIDGE, shared: "tags", introducer: "actor" },
  gift_match: GIFT_MATCH,
  gift_match_same_area: GIFT_MATCH,
  gift_match_by: { ...GIFT_MATCH, introducer: "actor" },
  gift_match_same_area_by: { ...GIFT_MATCH, introducer: "actor" },
  cluster_numbered: { number: "number" },
  cluster_named: { number: "number", interests: "tags" },
  professional_last_link: { actor: "actor", count: "count" },
  duplication: { a: "actor", b: "actor", activities: "tags", count: "count" },
  paid_share_first_year: PAID_SHARE,
  paid_share_fell: PAID_TREND,
  paid_share_rose: PAID_TREND,
  paid_share_steady: { ...PAID_SHARE, previousYear: "number" },
  paid_share_span_fell: PAID_SPAN,
  paid_share_span_rose: PAID_SPAN,
  paid_share_span_steady: PAID_SPAN,
  paid_share_span_peaked: { ...PAID_SPAN, peakYear: "number", peakShare: "percent" },
} as const satisfies Record<MessageCode, ParamSpec>;

interface ParamValues {
  actor: string;
  actors: string[];
  cluster: number;
  status: Status;
  tag: string;
  tags: string[];
  count: number;
  number: number;
  percent: number;
}

export type ParamsOf<C extends MessageCode> = {
  -readonly [P in keyof (typeof MESSAGE_PARAMS)[C]]: ParamValues[(typeof MESSAGE_PARAMS)[C][P] & ParamKind];
};

/** A sentence as data: its code and the values to fill in (ids, numbers, tags; never names). */
export type Message = { [C in MessageCode]: { code: C; params: ParamsOf<C> } }[MessageCode];

export function message<C extends MessageCode>(code: C, params: ParamsOf<C>): Message {
  return { code, params } as Message;
}
