-- liaison_decide_nomination (V9.1) runs as ${reportingRole} and inserts into nomination_decision, whose id comes
-- from its sequence: the reporting role may take its next value (V7's default privileges cover the portal's role
-- only).
grant usage on sequence nomination_decision_id_seq to ${reportingRole};
