"""b20-011: medicaid, NEGATIVE CONTROL (not an A1PI infusion, AATD ruled out). Styles (7) weekly run sheet
for an iron sucrose course with a held week and a Monday make-up + (2) charting-by-exception flowsheet
with times as row prefixes; hematology note. PI*MZ carrier with COPD; claim J1756 only."""

CHART_ID = "b20-011"
DOS = "2026-02-19"
PAYER = {"profile": "medicaid", "name": "Riverbend Health (Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J1756", "units": 200, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
INFUSION RUN SHEET - IRON SUCROSE (VENOFER) COURSE        Printed 02/19/2026 15:12
Pt: MAHONEY, COLLEEN P    MRN 88-20-4471    DOB 05/30/1964    Chair days: THURSDAYS
Order: iron sucrose 200 mg IV in NS 100 mL over 15-30 min, weekly x 5 doses (total 1,000 mg)
Indication: D50.9 iron deficiency anemia (menorrhagia hx / NSAID GI loss)
Payer: Riverbend Health Medicaid - PA not required for J1756 per plan grid 2026

Dose# Wk of   Date         Status   Wt kg  Hgb   Dose    Lot / exp            Start  Stop   Init
----- ------- ------------ -------- ------ ----- ------- -------------------- ------ ------ ----
1     01/19   Thu 01/22    GIVEN    71.4   9.1   200 mg  4I25071 / 2027-03    1402   1423   RG
2     01/26   Thu 01/29    GIVEN    71.0   --    200 mg  4I25071 / 2027-03    1405   1426   RG
3     02/02   Thu 02/05    HELD     70.8   --    --      --                   --     --     PS
            BP 88/52 lying, dizzy on standing; 500 mL NS bolus given 1410-1440, BP 104/64;
            per Dr. Iyer hold iron today, make-up Mon 02/09
3     02/02   Mon 02/09    GIVEN    70.9   9.8   200 mg  4I25108 / 2027-05    0931   0950   PS
            (make-up, counts for wk of 02/02)
4     02/09   Thu 02/12    GIVEN    70.6   --    200 mg  4I25108 / 2027-05    1401   1420   RG
5     02/16   Thu 02/19    GIVEN    70.5   10.4  200 mg  4I25108 / 2027-05    1358   1417   RG
--    03/16   Thu 03/19    PLANNED  labs only: CBC, ferritin, TSAT (no infusion)

Waste: none - each 200 mg/10 mL single-dose vial fully used (JZ on claims).
Cumulative iron given: 1,000 mg of 1,000 mg ordered.
Init: RG = Rosa Gutierrez RN; PS = Paul Stein RN
"""

D2 = """
INFUSION CBE FLOWSHEET        MAHONEY, COLLEEN P   MRN 88-20-4471   02/19/2026   Chair 11
WDL = within defined limits (unit standard IC-12). Exceptions written out.

Time  Parameter                 Value                                   Units
1340  Weight                    70.5                                    kg
1340  BP                        118/72                                  mmHg
1340  HR                        84                                      bpm
1340  Temp                      36.5                                    C
1340  SpO2                      94 (RA)                                 %
1340  Resp                      EXC - mild exertional dyspnea walking
                                from lot, baseline COPD; no wheeze
1340  Neuro                     WDL
1340  GI                        WDL - no dark stools per pt
1345  Hgb (fingerstick)         10.4                                    g/dL
1350  PIV                       22 g L forearm, 1 attempt, WDL
1358  Iron sucrose              200 mg in NS 100 mL started             mg
1358  Rate                      300                                     mL/h
1410  BP                        112/70                                  mmHg
1410  Infusion site             WDL
1410  Reaction screen           WDL (no flushing, myalgia, hypotension)
1417  Iron sucrose              infusion complete, 110 mL total        mL
1420  BP                        114/70                                  mmHg
1425  Observation               30 min post first doses only - n/a dose 5
1430  PIV                       removed, WDL
1432  Discharge                 ambulatory, stable, with son
1432  Education                 WDL - oral iron to stop while on IV course;
                                next labs 03/19

Charted by Rosa Gutierrez RN
"""

D3 = """
HEMATOLOGY CLINIC NOTE                                    01/15/2026
Colleen P. Mahoney, 61 F          Anjali Iyer, MD (Hematology)

Reason: iron deficiency anemia, Hgb 9.1 g/dL, ferritin 6 ng/mL, TSAT 4%.
Failed oral ferrous sulfate 325 mg daily (GI upset) x 4 months.

PMH: COPD (GOLD 2, FEV1 62% predicted 09/2025), former smoker - quit 2020,
30 pack-years; hypertension; OA on naproxen (now stopped).
Pulmonology work-up 11/2025: serum alpha-1 antitrypsin 92 mg/dL (ref 90-200),
phenotype PI*MZ - alpha-1 antitrypsin deficiency ruled out, heterozygous
carrier only; augmentation not indicated per Dr. Baptiste.
Family: mother had PI*ZZ AATD, treated with Prolastin-C until her death in 2019.

Weight 71.8 kg. BP 126/78. Pale conjunctivae.

Plan: iron sucrose 200 mg IV weekly x 5 (1,000 mg total). GI referral for
colonoscopy. Recheck CBC/ferritin 4 weeks after last dose. If Hgb < 8 g/dL,
consider transfusion evaluation.
Anjali Iyer, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-19", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-19", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-15", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d3", "_ev": "phenotype PI*MZ"},
    {"kind": "serum_aat", "value": 92, "unit": "mg/dL", "_doc": "d3", "_ev": "serum alpha-1 antitrypsin 92 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "COPD (GOLD 2"},
    {"kind": "fev1", "value": 62, "_doc": "d3", "_ev": "FEV1 62% predicted 09/2025"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker - quit 2020"},
    {"kind": "weight", "value": 71.8, "unit": "kg", "value_kg": 71.8, "_date": "2026-01-15", "_doc": "d3", "_ev": "Weight 71.8 kg"},
    {"kind": "weight", "value": 71.4, "unit": "kg", "value_kg": 71.4, "_date": "2026-01-22", "_doc": "d1", "_ev": "GIVEN    71.4"},
    {"kind": "weight", "value": 71.0, "unit": "kg", "value_kg": 71.0, "_date": "2026-01-29", "_doc": "d1", "_ev": "GIVEN    71.0"},
    {"kind": "weight", "value": 70.8, "unit": "kg", "value_kg": 70.8, "_date": "2026-02-05", "_doc": "d1", "_ev": "HELD     70.8"},
    {"kind": "weight", "value": 70.9, "unit": "kg", "value_kg": 70.9, "_date": "2026-02-09", "_doc": "d1", "_ev": "GIVEN    70.9"},
    {"kind": "weight", "value": 70.6, "unit": "kg", "value_kg": 70.6, "_date": "2026-02-12", "_doc": "d1", "_ev": "GIVEN    70.6"},
    {"kind": "weight", "value": 70.5, "unit": "kg", "value_kg": 70.5, "_date": "2026-02-19", "_doc": "d2", "_ev": "1340  Weight                    70.5"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "missing", "prior_authorization": "missing", "code_selection": "not_applicable",
    "smoking_status": "met",
}

NOTES = """
NEGATIVE CONTROL: iron sucrose course, not an A1PI infusion; 'alpha-1 antitrypsin deficiency ruled out,
heterozygous carrier only' (negated diagnosis). Genotype PI*MZ and AAT 92 mg/dL are conflicts. Claim has
only J1756 (+JZ) and 96365: no A1PI drug lines, so units/code are not_applicable and wastage follows the
no-claim branch (no A1PI waste statement -> missing; the Venofer 'Waste: none' is another drug's). Traps:
iron doses, lots, exps and start/stop times on every run-sheet row; NS bolus 1410-1440; held week and
Monday make-up; Hgb values; mother PI*ZZ on Prolastin-C (family, no product finding); ferrous sulfate
325 mg; hypothetical transfusion threshold. Weights on every run-sheet row are the patient's.
"""

ARITH = {
    "weight_kg": 70.5, "weight_source": "d2 DOS (no A1PI dose)",
    "dose_mg": None, "target_mg": None, "pct_diff": None, "within_10pct": None,
    "claim": [], "waste_mg": None, "jw_units_expected": 0, "lots": [],
    "note": "no A1PI administered; J1756 iron sucrose 200 units is not an A1PI drug line",
}
