# b12-003  commercial  complete
# Style: printed treatment-plan / order-set page (dose range, calculated dose, vial rounding, hold
# criteria) + nurse shorthand infusion narrative + pulmonary progress note.  Glassia, J0257 JZ.

_plan = """LAKESHORE HEALTH - INFUSION TREATMENT PLAN (printed)                          Page 1 of 2
==========================================================================================
Plan: PULM - ALPHA-1 PROTEINASE INHIBITOR (GLASSIA) Q7 DAYS          Plan status: Active
Patient: OYELARAN, BEATRICE A     MRN 3308121     DOB 11/05/1969     Sex F
Plan provider: Castellanos, Ruben MD (Pulmonology)    Plan start: 03/12/2024
Diagnoses: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema
Treatment goal: Maintenance       Cycle length: 7 days       Cycles planned: until discontinued
Height 163 cm   Dosing weight 66.2 kg (actual, 02/24/2026 08:47)   BSA 1.72 m2
------------------------------------------------------------------------------------------
DAY 1 - 02/24/2026 (Cycle 102)                                        Status: Released 08:49
------------------------------------------------------------------------------------------
TREATMENT PARAMETERS
  - HOLD and notify provider if any of:
      Temp >= 38.0 C;  SBP < 90 or > 180 mmHg;  SpO2 < 88% on usual oxygen;
      COPD exacerbation treated with systemic steroids or antibiotics within past 7 days;
      hives, wheeze, chest tightness or hypotension with the previous dose.
  - Weigh at every visit. Recalculate dose if weight differs from dosing weight by >= 5%.
  - Glassia: bring vials to room temperature; use within 3 hours of entering vial.

MEDICATIONS
  alpha-1-proteinase inhibitor, human (GLASSIA) injection
      Dose: 60 mg/kg                 Dose range: 54 - 66 mg/kg
      Calculated dose: 3,972 mg      (60 mg/kg x 66.2 kg)
      Dose rounding: round to the nearest whole vial (actual functional mg printed on
                     carton) when within +/- 10% of calculated dose; do not split vials
      Final dispensed dose: per pharmacy verification below
      Route: IV, through a 5 micron in-line filter
      Rate: not to exceed 0.2 mL/kg/min; site protocol 0.04 mL/kg/min, pump max 160 mL/hr
      Frequency: once on Day 1
  sodium chloride 0.9% flush 10-20 mL IV PRN line care, before and after infusion

  HYPERSENSITIVITY / PRN (do not give routinely)
      diphenhydramine 25 mg IV once PRN urticaria or pruritus
      EPINEPHrine 0.3 mg IM once PRN anaphylaxis; may repeat once in 5 minutes
      methylPREDNISolone 125 mg IV once PRN severe reaction
      albuterol 2.5 mg nebulized once PRN bronchospasm

LABS (linked to plan)
  Alpha-1 antitrypsin, trough - every 6 months (last 10/2025; next due 04/2026)
  IgA, quantitative - once (done 03/2024: 142 mg/dL, anti-IgA not indicated)

NURSING ORDERS
  Vital signs before infusion, 15 min after start, every 30 min, and at completion.
  Observe 15 min after completion (first 3 doses: 30 min).

PHARMACY VERIFICATION
  02/24/2026 08:58  Kwan, Elise PharmD
  4 vials selected: 1,006 mg x 2 (lot VLA4E022) + 1,013 mg x 2 (lot VLA4E031)
  = 4,038 mg, +1.7% vs calculated - within rounding rule. Vials to chair 4 at 09:05.
------------------------------------------------------------------------------------------
Authorization on file: Anthem Blue Cross PPO - see pulmonary note 01/20/2026
Printed 02/24/2026 10:58 by NKOWALSKI RN                                     Page 2 of 2
"""

_rn = """INFUSION NURSING NOTE - 02/24/2026 - Lakeshore Infusion, chair 4
Pt: Oyelaran, Beatrice A   56 F   MRN 3308121
Dx: AATD (PI*ZZ) w/ panlobular emphysema   Tx: Glassia q wk (cycle 102)
Allergies: Prolastin-C (generalized urticaria 02/2024), shellfish

@0838 pt arrived amb from lobby w/ husband. A&Ox4, c/o DOE at baseline (1 flight),
  denies fever/chills/new cough. No abx or steroids since last visit. No new meds.
  Reports used albuterol x2 this wk (walking in cold).
@0847 wt 66.2 kg standing scale (last wk 66.4 kg). VS T 36.5 HR 81 BP 128/76 RR 18
  SpO2 95% RA.
  Hold parameters reviewed -> none met. Tx plan released by pharm @0849.
@0852 PIV 22g L FA x1 attempt, +blood return, flushed 10 mL NS w/o difficulty, no s/s
  infiltration.
@0905 4 vials to chair from pharm (see tx plan verification), cartons checked w/ 2nd RN
  (L. Brandt RN): 1,006 mg x2 lot VLA4E022 exp 09/30/2026, 1,013 mg x2 lot VLA4E031
  exp 11/30/2026. Vials at room temp, clear/colorless, no particles.
@0914 started Glassia 4,038 mg (4 x 50 mL = 200 mL) IV via 5 micron inline filter on pump
  @ 160 mL/hr per site protocol.
@0929 VS HR 84 BP 124/74 RR 18 SpO2 95%. no flushing, no itching.
@1000 VS HR 80 BP 126/78 SpO2 96% RA. pt reading, denies HA.
@1030 VS HR 79 BP 127/76 SpO2 96%.
@1031 infusion complete - all 4 vials infused, 0 mg wasted (no partial vial). Line flushed
  w/ 20 mL NS.
@1046 post VS T 36.6 HR 78 BP 130/78 RR 16 SpO2 96%. pt tol well, no rxn.
@1052 PIV d/c'd, cath intact, gauze + tegaderm, no bleeding.
@1055 d/c'd home amb w/ husband. Next appt 03/03/26 @0830.

Pt asked again about home infusion (son's schedule). Told her I'd msg Dr. Castellanos &
case mgr - pt aware home infusion would need a new auth.
PRN meds: none needed. Diphenhydramine/epi at bedside per protocol, not used.

N. Kowalski RN   02/24/2026 11:04
"""

_note = """LAKESHORE PULMONARY CLINIC - PROGRESS NOTE
Date: 01/20/2026            Provider: Ruben Castellanos, MD
Patient: Beatrice A. Oyelaran   DOB 11/05/1969   MRN 3308121
Payer: Anthem Blue Cross PPO (commercial)

Reason for visit: augmentation therapy follow-up; annual reauthorization.

HPI
56-year-old woman with severe alpha-1 antitrypsin deficiency, PI*ZZ, and panlobular
emphysema. Diagnosed 2019 after a workup for breathlessness that started at age 49. She was on
Prolastin-C from 05/2019 until 02/2024, when she developed generalized urticaria and lip
swelling during an infusion (treated with diphenhydramine and methylprednisolone, no
airway compromise). Switched to Glassia 03/2024 after Anthem approved the non-preferred
product for documented intolerance. No reactions since the switch.

Since last visit: one URI in December without a flare; no antibiotics or prednisone in
the last 12 months (two exacerbations in 2023, none in 2024-2025). Walks her dog 20-30 min
daily. Works from home (medical billing).

Social: former smoker, about 12 pack-years, quit 2012. No vaping, no marijuana. Husband
does not smoke.
Family: son (29) tested PI*MZ. Mother had cirrhosis of unknown cause, died at 64.

Medications: fluticasone furoate/umeclidinium/vilanterol 1 inhalation daily; albuterol
HFA PRN; montelukast 10 mg nightly; sertraline 50 mg daily; vitamin D3 1,000 IU daily;
Glassia IV weekly.

Exam: weight 67.0 kg, BP 126/78, HR 80, SpO2 95% RA. Mildly prolonged expiratory phase,
scattered faint end-expiratory wheeze at the bases that clears with cough. No edema.

DATA
- AAT (pre-treatment, 03/2019): 6.1 umol/L (ref 20-48 umol/L)
- Phenotype (IEF, Quest 2019): ZZ. SERPINA1 genotyping: homozygous Z. S allele not
  detected.
- CT chest 2019: lower-lobe predominant panlobular emphysema.
- PFTs 12/2025: obstructive ventilatory defect, moderately severe. Post-BD FEV1 1.34 L
  (52% predicted), FEV1/FVC 0.49, DLCO 55% predicted. (12/2024: FEV1 1.36 L, 52%.)
- 6MWT 12/2025: 405 m, nadir SpO2 91% (12/2024: 412 m).
- AAT trough on Glassia 10/2025: 13.0 umol/L.

ASSESSMENT
1. AATD, PI*ZZ, with panlobular emphysema on weekly Glassia. Good response to
   augmentation: no exacerbations in 2 years, FEV1 stable at 52% predicted (decline about
   20 mL/year), 6MWT stable, trough levels adequate. Tolerating Glassia well.
2. Prolastin-C hypersensitivity - remains on Glassia.
3. Former smoker, abstinent since 2012.

PLAN
- Continue Glassia 60 mg/kg IV weekly (order unchanged; pharmacy rounds to whole vials).
- Anthem authorization renewed: Auth # A2604418827, 01/01/2026 - 12/31/2026, 52 visits.
- If home infusion is approved later this year, will transition with the same product.
- Repeat PFTs 12/2026; AAT trough 04/2026.
- RTC 6 months.

Ruben Castellanos, MD   Signed 01/20/2026 17:12
"""

CHART = {
    "chart_id": "b12-003",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "commercial", "name": "Anthem Blue Cross PPO"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0257", "units": 404, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-24", "text": _plan},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-24", "text": _rn},
        {"id": "d3", "type": "progress_note", "date": "2026-01-20", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-003",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 6.1, "unit": "uM"},
        {"kind": "serum_aat", "value": 13.0, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 52},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2},
        {"kind": "weight", "value": 66.4, "unit": "kg", "value_kg": 66.4},
        {"kind": "weight", "value": 67.0, "unit": "kg", "value_kg": 67.0},
        {"kind": "dose", "value": 4038},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "VLA4E022"},
        {"kind": "lot_number", "value": "VLA4E031"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "09:14"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "A2604418827"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. The printed treatment plan is an order: 60 mg/kg, range 54-66 mg/kg, calculated "
        "3,972 mg, rounding rule, hold criteria and PRN doses (diphenhydramine 25 mg, epinephrine 0.3 mg, "
        "methylprednisolone 125 mg) are not administrations; pharmacy verification 08:58 and 'vials to "
        "chair 09:05' are not start times. The shorthand narrative gives @0914 start and @1031 complete, "
        "0 mg wasted (commercial: JZ without JW and a no-waste statement -> met). Other times: arrival "
        "0838, weight 0847, PIV 0852, discharge 1055, next appointment 03/03 @0830. 'last wk 66.4 kg' is "
        "a historical weight (listed, not nearest DOS). Prolastin-C is historical (urticaria) and listed; "
        "J0257 covers the DOS product Glassia. Son PI*MZ and mother's cirrhosis are family. Trough 13.0 "
        "umol/L on therapy is listed; 6.1 umol/L pre-treatment meets threshold. FEV1 52% in range; former "
        "smoker. PA only in the progress note (no chart field)."
    ),
}

ARITH = {
    "dos": "2026-02-24",
    "profile": "commercial",
    "product": "Glassia",
    "code": "J0257",
    "weight": {"value": 66.2, "unit": "kg", "kg": 66.2},
    "dose_mg": 4038,
    "target_mg": 3972.0,
    "deviation_pct": 1.66,
    "vials": [
        {"nominal_mg": 1000, "labeled_mg": 1006, "lot": "VLA4E022"},
        {"nominal_mg": 1000, "labeled_mg": 1006, "lot": "VLA4E022"},
        {"nominal_mg": 1000, "labeled_mg": 1013, "lot": "VLA4E031"},
        {"nominal_mg": 1000, "labeled_mg": 1013, "lot": "VLA4E031"},
    ],
    "waste_mg": 0,
    "admin_units_expected": 404,
    "billed_admin_units": 404,
    "jw_units_expected": None,
    "modifier_expectation": "commercial: no JW line; JZ acceptable because no waste",
    "lots": [
        {"lot": "VLA4E022", "exp": "2026-09-30", "expired": False},
        {"lot": "VLA4E031", "exp": "2026-11-30", "expired": False},
    ],
}
