-- When a person's access to the portal was last taken away (removed from a task force, account disabled). A portal
-- session that began before this moment ends at its next request (SignInFilter): the person must sign in again,
-- and Keycloak, whose sessions for them were ended too, hands out a token without what was taken away.
alter table member_profile add column access_revoked_at timestamptz;

comment on column member_profile.access_revoked_at is
    'When access was last taken away; portal sessions begun before it end at their next request.';
