-- Matching across neighbouring municipalities and the contact between an order and a citizen (issue 5,
-- docs/matching.md "Kontakt og samtykke").
--
-- Row-level security shows the application role only its own municipality's rows. An employer's order may allow
-- candidates from neighbouring municipalities (jobordre.tillad_naboer), and a citizen may let her CV be seen there
-- (cv.synlig_naboer). The functions below run as the owner (SECURITY DEFINER) and cross the boundary only that far:
--   * job_nabokandidater: the anonymised matching columns of the opted-in, visible CVs of the municipalities whose
--     centroid lies within 40 km of the caller's (never a name, CPR number, address, age or gender);
--   * job_nabo_vandmaerke: a cheap high-water mark of those CVs, so each API instance knows when to reload them;
--   * job_nabo_kontakt: a contact request from an open order of the caller's municipality that allows neighbours, to
--     such a citizen: the row lives in the citizen's municipality (kommunekode) and names the order's
--     (ordre_kommunekode); the citizen gets a message in her Beskeder;
--   * job_ordre_kontakter: an order's contact requests for the order's municipality, with the citizen's name, phone
--     and e-mail only where the citizen accepted;
--   * job_kontakt_ordrer: the orders a citizen's contact requests refer to (title, employer, place), for her page.
-- Each one filters on current_kommunekode() exactly as the policies do and returns nothing outside a municipality.

-- The municipalities (other than the caller's) whose centroid lies within km of the caller's.
CREATE FUNCTION job_nabokommuner(km double precision)
RETURNS TABLE (kommunekode text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select n.kommunekode
  from kommune k join kommune n on n.kommunekode <> k.kommunekode
  where k.kommunekode = current_kommunekode()
    and k.centroid_lat is not null and n.centroid_lat is not null
    and sqrt(power((n.centroid_lat - k.centroid_lat) * 110.57, 2)
           + power((n.centroid_lon - k.centroid_lon) * 111.32 * cos(radians((n.centroid_lat + k.centroid_lat) / 2)), 2))
        <= km
$$;

-- Where a citizen lives, as the matching needs it: the postcode's own coordinate, else the average of its
-- municipalities' centroids, else the citizen's municipality's centroid.
CREATE FUNCTION job_hjem(p_postnr text, p_kommunekode text)
RETURNS TABLE (lat double precision, lon double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select coalesce(
           (select pk.lat from postnummer_koordinat pk where pk.postnr = p_postnr),
           (select avg(k.centroid_lat) from postnummer p join kommune k on k.kommunekode = p.kommunekode
             where p.postnr = p_postnr),
           (select k.centroid_lat from kommune k where k.kommunekode = p_kommunekode)),
         coalesce(
           (select pk.lon from postnummer_koordinat pk where pk.postnr = p_postnr),
           (select avg(k.centroid_lon) from postnummer p join kommune k on k.kommunekode = p.kommunekode
             where p.postnr = p_postnr),
           (select k.centroid_lon from kommune k where k.kommunekode = p_kommunekode))
$$;

CREATE FUNCTION job_nabokandidater()
RETURNS TABLE (borger_id uuid, kommunekode text, version integer, erhverv text[], jobmaal text[], faerdigheder text[],
               lat double precision, lon double precision, max_afstand_km integer, timer_min integer,
               timer_max integer, tilgaengelig_fra date, erfaring jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select c.borger_id, c.kommunekode, c.version,
         coalesce((select array_agg(distinct e.erhverv_uri) from cv_erfaring e
                   where e.borger_id = c.borger_id and e.erhverv_uri is not null), '{}'),
         coalesce((select array_agg(m.erhverv_uri order by m.prioritet, m.erhverv_uri) from cv_jobmaal m
                   where m.borger_id = c.borger_id), '{}'),
         coalesce((select array_agg(f.faerdighed_uri order by f.faerdighed_uri) from cv_faerdighed f
                   where f.borger_id = c.borger_id), '{}'),
         h.lat, h.lon, c.max_afstand_km, c.timer_min, c.timer_max, c.tilgaengelig_fra,
         coalesce((select jsonb_agg(jsonb_build_object('titel', e.titel, 'erhverv', e.erhverv_uri, 'fra', e.fra,
                                                      'til', e.til) order by e.fra desc)
                   from cv_erfaring e where e.borger_id = c.borger_id), '[]'::jsonb)
  from cv c
  join borger b on b.id = c.borger_id
  cross join lateral job_hjem(b.postnr, c.kommunekode) h
  where current_kommunekode() is not null
    and c.synlig and c.synlig_naboer
    and c.kommunekode in (select n.kommunekode from job_nabokommuner(40) n)
$$;

CREATE FUNCTION job_nabo_vandmaerke()
RETURNS TABLE (antal bigint, versioner bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select count(*), coalesce(sum(c.version), 0)::bigint
  from cv c
  where current_kommunekode() is not null
    and c.kommunekode in (select n.kommunekode from job_nabokommuner(40) n)
$$;

CREATE FUNCTION job_nabo_kontakt(p_id uuid, p_ordre uuid, p_borger uuid, p_besked text, p_score real,
                                 p_forklaring jsonb, p_af uuid, p_af_navn text, p_tid timestamptz,
                                 p_idempotens text, p_besked_id uuid, p_besked_emne text, p_besked_tekst text)
RETURNS TABLE (id uuid, status text, anmodet timestamptz, ny boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  k text := current_kommunekode();
  bk text;
  indsat uuid;
BEGIN
  IF k IS NULL THEN RETURN; END IF;
  IF NOT EXISTS (select 1 from jobordre o where o.id = p_ordre and o.kommunekode = k
                 and o.status = 'aaben' and o.tillad_naboer) THEN RETURN; END IF;
  select c.kommunekode into bk from cv c
   where c.borger_id = p_borger and c.synlig and c.synlig_naboer
     and c.kommunekode in (select n.kommunekode from job_nabokommuner(40) n);
  IF bk IS NULL THEN RETURN; END IF;
  insert into kontaktanmodning (id, kommunekode, ordre_id, ordre_kommunekode, borger_id, kilde, status, besked, score,
                                forklaring, anmodet_af, anmodet_af_navn, anmodet, idempotens)
  values (p_id, bk, p_ordre, k, p_borger, 'virksomhed', 'afventer', p_besked, p_score, p_forklaring, p_af, p_af_navn,
          p_tid, 'nabo:' || k || ':' || p_idempotens)
  on conflict do nothing
  returning kontaktanmodning.id into indsat;
  IF indsat IS NOT NULL THEN
    insert into besked (id, kommunekode, borger_id, art, emne, tekst, oprettet)
    values (p_besked_id, bk, p_borger, 'job', p_besked_emne, p_besked_tekst, p_tid);
  END IF;
  RETURN QUERY select ka.id, ka.status, ka.anmodet, indsat IS NOT NULL
    from kontaktanmodning ka where ka.ordre_id = p_ordre and ka.borger_id = p_borger and ka.ordre_kommunekode = k;
END $$;

CREATE FUNCTION job_ordre_kontakter(p_ordre uuid)
RETURNS TABLE (id uuid, borger_id uuid, kommunekode text, kilde text, status text, besked text, score real,
               anmodet timestamptz, besvaret timestamptz, fornavn text, efternavn text, telefon text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select ka.id, ka.borger_id, ka.kommunekode, ka.kilde, ka.status, ka.besked, ka.score, ka.anmodet, ka.besvaret,
         case when ka.status = 'accepteret' then b.fornavn end,
         case when ka.status = 'accepteret' then b.efternavn end,
         case when ka.status = 'accepteret' then b.telefon end,
         case when ka.status = 'accepteret' then b.email end
  from kontaktanmodning ka
  join borger b on b.id = ka.borger_id
  where current_kommunekode() is not null
    and ka.ordre_id = p_ordre and ka.ordre_kommunekode = current_kommunekode()
  order by ka.anmodet, ka.id
$$;

CREATE FUNCTION job_kontakt_ordrer(p_borger uuid)
RETURNS TABLE (id uuid, kommunekode text, titel text, virksomhed text, arbejdssted text, postnr text, art text,
               timer_min integer, timer_max integer, start date, slut date, beskrivelse text, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  select o.id, o.kommunekode, o.titel, v.navn, o.arbejdssted, o.postnr, o.art, o.timer_min, o.timer_max, o.start,
         o.slut, o.beskrivelse, o.status
  from jobordre o
  join virksomhed v on v.kommunekode = o.kommunekode and v.cvr = o.cvr
  where current_kommunekode() is not null
    and o.id in (select ka.ordre_id from kontaktanmodning ka
                 where ka.borger_id = p_borger and ka.kommunekode = current_kommunekode()
                   and ka.ordre_kommunekode = o.kommunekode)
$$;

REVOKE ALL ON FUNCTION job_nabokommuner(double precision) FROM PUBLIC;
REVOKE ALL ON FUNCTION job_hjem(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION job_nabokandidater() FROM PUBLIC;
REVOKE ALL ON FUNCTION job_nabo_vandmaerke() FROM PUBLIC;
REVOKE ALL ON FUNCTION job_nabo_kontakt(uuid, uuid, uuid, text, real, jsonb, uuid, text, timestamptz, text, uuid, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION job_ordre_kontakter(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION job_kontakt_ordrer(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION job_nabokommuner(double precision) TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_hjem(text, text) TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_nabokandidater() TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_nabo_vandmaerke() TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_nabo_kontakt(uuid, uuid, uuid, text, real, jsonb, uuid, text, timestamptz, text, uuid, text, text) TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_ordre_kontakter(uuid) TO jobunivers_app;
GRANT EXECUTE ON FUNCTION job_kontakt_ordrer(uuid) TO jobunivers_app;
