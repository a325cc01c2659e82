import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor, Network } from "../../model/index.js";
import { normalJoinCode } from "../../store/workshops/join-code.js";
import type { Participant, WorkshopRecord } from "../../store/workshops/workshop-store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { PARTICIPANT_COOKIE, participantCsrfToken } from "../plugins/auth.js";
import { ERRORS } from "../schemas/common.js";
import {
  CHOICES,
  CODE_PARAMS,
  type CodeParams,
  PARTICIPANT_LINKS,
  PARTICIPANT_MAP,
  PARTICIPANT_ME,
  PARTICIPANT_SELF,
  type ParticipantLinksBody,
  type ParticipantSelfBody,
} from "../schemas/workshop.js";
import { participantMap } from "../workshops/participant-map.js";
import {
  assertNotMerged,
  linksOf,
  ownActor,
  participantActor,
  selfActor,
  wantedTies,
} from "../workshops/participant-self.js";
import { rateLimited, WORKSHOP_LIMITS } from "../workshops/rate-limits.js";
import { validActor } from "./actors.js";
import { validTie } from "./ties.js";

const TAGS = ["join"];
const PUBLIC_INFO = {
  type: "object",
  properties: {
    workshop: {
      type: "object",
      properties: { title: { type: "string" }, date: { type: "string" }, status: { type: "string" } },
      required: ["title", "date", "status"],
    },
  },
  required: ["workshop"],
} as const;
const JOINED = {
  type: "object",
  properties: { participantId: { type: "string" }, csrfToken: { type: "string" } },
  required: ["participantId", "csrfToken"],
} as const;

type CodeRequest = FastifyRequest<{ Params: CodeParams }>;

/** The open workshop a code names: 404 for no such code, 410 once it is closed or expired. */
function openWorkshop(workshop: WorkshopRecord | undefined): WorkshopRecord {
  if (workshop === undefined) throw new HttpError(404, "workshop_not_found", "there is no workshop with this code");
  if (workshop.status === "closed") throw new HttpError(410, "workshop_closed", "this workshop has been closed");
  if (workshop.status === "expired") throw new HttpError(410, "workshop_expired", "this workshop's code has expired");
  return workshop;
}

/**
 * The participants' side: no account, a cookie from joining by code. Every answer is about the
 * participant's own entries or is what the projector shows; nothing else of the network.
 */
export function joinRoutes(app: FastifyInstance, { store, bus, workshops, privacy }: ServerContext): void {
  const byCode = (code: string) => {
    const normal = normalJoinCode(code);
    return normal === undefined ? undefined : workshops.byCode(normal);
  };
  /** The request's participant in the open workshop of its code: 403 when their cookie is another workshop's. */
  const participantIn = (request: CodeRequest): { workshop: WorkshopRecord; participant: Participant } => {
    const found = byCode(request.params.code);
    const participant = request.participant as Participant;
    if (found !== undefined && found.id !== participant.workshopId) {
      throw new HttpError(403, "participant_forbidden", "you joined another workshop, not this one");
    }
    return { workshop: openWorkshop(found), participant };
  };
  const perAddress = (max: number) => rateLimited(app, max, (request) => `address:${request.ip}`);
  const perCode = rateLimited(app, WORKSHOP_LIMITS.joinsPerCode, (request) => {
    const code = (request.params as CodeParams).code;
    return `code:${normalJoinCode(code) ?? code}`;
  });
  const perParticipant = rateLimited(
    app,
    WORKSHOP_LIMITS.writesPerParticipant,
    (request) => `participant:${request.participant?.id ?? request.ip}`,
  );
  const participantReads = rateLimited(
    app,
    WORKSHOP_LIMITS.readsPerParticipant,
    (request) => `participant:${request.participant?.id ?? request.ip}`,
  );
  const participantConfig = { access: "participant" as const };
  // One write of a participant at a time: a double tap must not make two residents. Each write sees
  // the participant, the network and their own actor as the write before left them.
  const writing = new Map<string, Promise<unknown>>();
  const writeAs = <T>(
    request: CodeRequest,
    work: (participant: Participant, network: Network, own: Actor | undefined) => Promise<T>,
  ): Promise<T> => {
    const { participant: joined } = participantIn(request);
    workshops.assertWritable();
    const write = async () => {
      const participant = workshops.participant(joined.id) ?? joined;
      const network = await store.load();
      const own = ownActor(workshops, participant, network);
      assertNotMerged(participant, own, network);
      return work(participant, network, own);
    };
    const next = (writing.get(joined.id) ?? Promise.resolve()).then(write, write);
    const settled = next.catch(() => {});
    writing.set(joined.id, settled);
    void settled.then(() => {
      if (writing.get(joined.id) === settled) writing.delete(joined.id);
    });
    return next;
  };
  const meOf = async (participant: Participant) => {
    const network = await store.load();
    const fellows = workshops.participants(participant.workshopId);
    const self = fellows.find((p) => p.id === participant.id) ?? participant;
    const actor = ownActor(workshops, self, network);
    return {
      participantId: participant.id,
      ...(actor === undefined ? {} : { actor: participantActor(actor) }),
      ...linksOf(actor?.id, network, fellows),
    };
  };

  app.get<{ Params: CodeParams }>(
    "/api/join/:code",
    {
      config: { access: "public" },
      onRequest: perAddress(WORKSHOP_LIMITS.lookupsPerAddress),
      schema: {
        tags: TAGS,
        summary: "A workshop's title by its join code",
        params: CODE_PARAMS,
        response: { 200: PUBLIC_INFO, ...ERRORS },
      },
    },
    async (request) => {
      const { title, date, status } = openWorkshop(byCode(request.params.code));
      return { workshop: { title, date, status } };
    },
  );

  app.post<{ Params: CodeParams }>(
    "/api/join/:code",
    {
      config: { access: "public" },
      onRequest: [perAddress(WORKSHOP_LIMITS.joinsPerAddress), perCode],
      schema: {
        tags: TAGS,
        summary: "Join a workshop by its code: sets the participant cookie (no account)",
        params: CODE_PARAMS,
        response: { 201: JOINED, ...ERRORS },
      },
    },
    async (request, reply) => {
      const workshop = openWorkshop(byCode(request.params.code));
      const sent = request.cookies[PARTICIPANT_COOKIE];
      const earlier = sent === undefined ? undefined : workshops.findParticipant(sent);
      // A reloaded phone page joins again with its cookie: the same participant, the same token.
      if (sent !== undefined && earlier?.workshopId === workshop.id) {
        return reply.status(201).send({ participantId: earlier.id, csrfToken: participantCsrfToken(sent) });
      }
      const { participant, token } = workshops.join(workshop.id);
      reply.setCookie(PARTICIPANT_COOKIE, token, {
        httpOnly: true,
        sameSite: "strict",
        secure: request.protocol === "https",
        path: "/api/join",
        expires: new Date(workshop.expiresAt),
      });
      bus.publish({ type: "workshop.changed", version: await store.version(), id: workshop.id });
      return reply.status(201).send({ participantId: participant.id, csrfToken: participantCsrfToken(token) });
    },
  );

  app.get<{ Params: CodeParams }>(
    "/api/join/:code/me",
    {
      config: participantConfig,
      onRequest: participantReads,
      schema: {
        tags: TAGS,
        summary: "What I added (participant)",
        params: CODE_PARAMS,
        response: { 200: PARTICIPANT_ME, ...ERRORS },
      },
    },
    async (request) => meOf(participantIn(request).participant),
  );

  app.put<{ Params: CodeParams; Body: ParticipantSelfBody }>(
    "/api/join/:code/me",
    {
      config: participantConfig,
      onRequest: perParticipant,
      schema: {
        tags: TAGS,
        summary: "Add or change myself (participant)",
        params: CODE_PARAMS,
        body: PARTICIPANT_SELF,
        response: {
          200: { type: "object", properties: { actor: PARTICIPANT_ME.properties.actor }, required: ["actor"] },
          ...ERRORS,
        },
      },
    },
    async (request) =>
      writeAs(request, async (participant, _network, stored) => {
        const actor = validActor(selfActor(request.body, stored, new Date().toISOString().slice(0, 10)));
        await store.upsertActors([actor]);
        if (stored === undefined) workshops.setParticipantActor(participant, actor.id);
        const version = await store.version();
        bus.publish({ type: stored === undefined ? "actor.created" : "actor.updated", version, actor });
        return { actor: participantActor(actor) };
      }),
  );

  app.put<{ Params: CodeParams; Body: ParticipantLinksBody }>(
    "/api/join/:code/me/links",
    {
      config: participantConfig,
      onRequest: perParticipant,
      schema: {
        tags: TAGS,
        summary: "Set my groups, places and the participants I know (participant)",
        params: CODE_PARAMS,
        body: PARTICIPANT_LINKS,
        response: { 200: PARTICIPANT_ME, ...ERRORS },
      },
    },
    async (request) =>
      writeAs(request, async (participant, network, actor) => {
        if (actor === undefined) throw new HttpError(409, "participant_not_added", "add yourself first (PUT …/me)");
        const wanted = wantedTies(
          actor.id,
          request.body,
          network,
          workshops.participants(participant.workshopId),
          participant,
        );
        const stored = new Set(network.ties.map((tie) => tie.id));
        const added = wanted.filter((tie) => !stored.has(tie.id));
        const wantedIds = new Set(wanted.map((tie) => tie.id));
        // Only ties this participant made are ever taken back; a tie someone else recorded stays.
        const dropped = workshops
          .items(participant.workshopId)
          .filter((item) => item.kind === "tie" && item.participantId === participant.id)
          .filter((item) => stored.has(item.id) && !wantedIds.has(item.id));
        for (const tie of added) await validTie(store, tie);
        if (added.length > 0) await store.upsertTies(added);
        for (const tie of added)
          workshops.recordItem(participant.workshopId, { kind: "tie", id: tie.id, participantId: participant.id });
        for (const tie of added) bus.publish({ type: "tie.created", version: await store.version(), tie });
        for (const item of dropped) {
          await store.deleteTie(item.id);
          workshops.removeItem(participant, "tie", item.id);
          bus.publish({ type: "tie.deleted", version: await store.version(), id: item.id });
        }
        return meOf(participant);
      }),
  );

  app.get<{ Params: CodeParams }>(
    "/api/join/:code/choices",
    {
      config: participantConfig,
      onRequest: participantReads,
      schema: {
        tags: TAGS,
        summary: "Groups, places and fellow participants to pick from (participant)",
        params: CODE_PARAMS,
        response: { 200: CHOICES, ...ERRORS },
      },
    },
    async (request) => {
      const { participant } = participantIn(request);
      const network = await store.load();
      const view = await privacy.viewFor("consent");
      const byId = new Map(network.actors.map((actor) => [actor.id, actor]));
      const named = (kind: string) =>
        network.actors.filter((actor) => actor.kind === kind).map((actor) => ({ id: actor.id, name: actor.name }));
      const participants = workshops.participants(participant.workshopId).flatMap((fellow) => {
        const actor = fellow.actorId === undefined ? undefined : byId.get(fellow.actorId);
        if (actor === undefined || fellow.id === participant.id) return [];
        return [
          { participantId: fellow.id, name: view.records.hides(actor) ? null : actor.name, number: fellow.number },
        ];
      });
      return { groups: named("group"), places: named("place"), participants };
    },
  );

  app.get<{ Params: CodeParams }>(
    "/api/join/:code/map",
    {
      config: participantConfig,
      onRequest: participantReads,
      schema: {
        tags: TAGS,
        summary: "The map as the projector shows it, names only with consent (participant)",
        params: CODE_PARAMS,
        response: { 200: PARTICIPANT_MAP, ...ERRORS },
      },
    },
    async (request) => {
      const { participant } = participantIn(request);
      const network = await store.load();
      const own = ownActor(workshops, participant, network);
      return participantMap(network, await privacy.viewFor("consent"), privacy.key, own?.id);
    },
  );
}
