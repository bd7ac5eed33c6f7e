// Turns the meeting endpoint's answer into the outline both the meeting page and a record's
// "in this meeting" panel show: agenda items, minutes with their resolutions, and questions.
import { getJson, idSegment } from './api.js';

export async function loadMeeting(id, signal) {
  const { data } = await getJson(`/api/meetings/${idSegment(id)}`, { signal });
  return outline(id, data);
}

/** The id at the end of an API link such as "/api/meetings/meeting:scrutiny-commission:2021-07-12". */
export function idFromLink(link, prefix) {
  if (!link) return null;
  const text = String(link);
  if (!text.startsWith(prefix)) return text.startsWith('/') ? null : text;
  return decodeURIComponent(text.slice(prefix.length).split(/[?#]/)[0]);
}

export function meetingIdOf(record) {
  return record.meetingId ?? idFromLink(record.links?.meeting, '/api/meetings/');
}

export function parentIdOf(record) {
  return record.parentId ?? idFromLink(record.links?.parent, '/api/documents/');
}

function outline(id, data) {
  const listed = [
    ...(data.records ?? []),
    ...(data.items ?? []),
    ...(data.minutes ?? []),
    ...(data.resolutions ?? []),
    ...(data.questions ?? []),
    ...(data.other ?? []),
  ];
  const meeting = data.meeting ?? listed.find((r) => r.type === 'meeting') ?? data;
  const all = listed.filter((r) => r.type !== 'meeting');
  const byType = (type) => all.filter((r) => r.type === type);
  const childrenOf = (record) => all.filter((r) => parentIdOf(r) === record.id);
  const minutes = byType('minute').map((minute) => ({
    ...minute,
    resolutions: childrenOf(minute).filter((r) => r.type === 'resolution'),
    questions: childrenOf(minute).filter((r) => r.type === 'question'),
  }));
  const nested = new Set(minutes.flatMap((m) => [...m.resolutions, ...m.questions]).map((r) => r.id));
  return {
    id: meeting.id ?? id,
    council: meeting.council ?? null,
    body: meeting.body ?? '',
    date: meeting.meetingDate ?? meeting.date ?? null,
    title: meeting.title ?? null,
    details: meetingDetails(meeting),
    pdf: meeting.pdf ?? meeting.links?.pdf ?? null,
    items: [...byType('item'), ...byType('report')],
    minutes,
    resolutions: byType('resolution').filter((r) => !nested.has(r.id)),
    questions: byType('question').filter((r) => !nested.has(r.id)),
    // Text of the meeting's documents that no item, minute or question holds (appendices, unmatched reports).
    sections: byType('section'),
    all,
  };
}

// Front-sheet details may sit on the meeting itself or in its extra stored fields.
function meetingDetails(meeting) {
  const extra = meeting.extra ?? {};
  const pick = (...names) => {
    for (const name of names) {
      const value = meeting[name] ?? extra[name];
      if (value != null && value !== '' && !(Array.isArray(value) && value.length === 0)) return value;
    }
    return null;
  };
  const list = (value) => (Array.isArray(value) ? value : value ? String(value).split(/\s*[;\n]\s*/).filter(Boolean) : []);
  return {
    time: pick('time'),
    location: pick('location', 'venue'),
    chair: pick('chair'),
    contact: pick('contact'),
    contactPhone: pick('contactPhone', 'phone'),
    contactEmail: pick('contactEmail', 'email'),
    membership: list(pick('membership', 'members')),
    present: list(pick('present')),
    inAttendance: list(pick('inAttendance')),
  };
}
