-- The portal's database compiles no query to machine code (PostgreSQL's JIT, on by default for a query whose
-- estimated cost passes jit_above_cost, 100,000).
--
-- The portal's queries are short, and the reporting functions run their statements with generic plans (parameters,
-- not values), whose estimates pass that cost at national scale: PostgreSQL then spent 20 to 30 ms compiling before
-- a query of 20 ms ran, at every call. Alone, at scale 1 (load benchmark), with JIT -> without: minutes_figures()
-- 69 -> 52 ms, minutes_attendance_figures() 29 -> 17, training_summaries() 62 -> 38, sponsor_waiting_nominations()
-- 18 -> 15, the liaison's sponsor_trainings() of V24 50 -> 25; none of the functions measured was faster with it.
--
-- A setting of the database (its owner runs the migrations), so every session opened from now on has it, whichever
-- role it signs in as; sessions already open keep theirs until they close.
do $$
begin
    execute format('alter database %I set jit = off', current_database());
end $$;
