import type { BoardId, Landscape, Membership, OrganisationId } from '../../model/types';

/** Shared by the membership operations: one organisation's seat on one board. */
export const membershipOf = (
  landscape: Landscape,
  board: BoardId,
  organisation: OrganisationId,
): Membership | undefined =>
  landscape.memberships.find((m) => m.board === board && m.organisation === organisation);

export const withoutMembership = (
  landscape: Landscape,
  board: BoardId,
  organisation: OrganisationId,
): Landscape => ({
  ...landscape,
  memberships: landscape.memberships.filter(
    (m) => !(m.board === board && m.organisation === organisation),
  ),
});
