"""b26-008: medicaid, complete. Styles (2)+(6): a small clinic's run-on nursing note with 12-hour
times ("started it at 1:10pm finished 1:28pm") and the clinic's weekly augmentation log whose units
are only in a footnote. Prolastin-C Liquid 4,000 mg (one 80 mL vial) at 66.2 kg, J0256 400 JZ."""

CHART_ID = "b26-008"
DOS = "2026-02-26"
PAYER = {"profile": "medicaid", "name": "Keystone Family Medicaid (PA)"}
PRIOR_AUTH = "KFM-88310457"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
LAUREL RIDGE COMMUNITY HEALTH - INFUSION ROOM
Nursing note   Pt: Hollins, Tamara J   DOB 6/14/1981   Acct 55-3018
2/26/26

Tamara came in for her alpha-1 infusion got here about 12:40 a little late because of the
school pickup line she says she's been ok this week a bit of a tickle cough from her kids
colds but no fever no green stuff used her albuterol maybe twice weight 66.2 kg today down
a little from last week BP 112/70 HR 82 O2 sat 95% temp 98.4 lungs kind of diminished at the
bottoms like always no wheezing IV in the right hand 24g took 2 tries first one blew
flushed with around 10 mL no premeds she doesn't need them the prolastin-c liquid 4000 mg
vial lot 26A0339C exp 09/30/2027 checked with Janelle at the chair gave prolastin-c liquid
4000 mg IV through the filter started it at 1:10pm finished 1:28pm the whole vial went in
nothing left in it no hives no itching no SOB after she said she felt fine just tired
flushed and took the IV out around 1:35 pressure held no bleeding she left around 1:50 with
her mom next week same day her mom says she (mom) is MZ and asked if she should be on this
too told her to ask her own doctor. reminded Tamara about the 3/10 appt with Joanna.
- Renata Sokol LPN / cosigned Janelle Ames RN 2/26/26 2:15pm

2/27/26 9:40am called to check on her after yesterday she says she felt washed out last night
went to bed early but fine this morning, no rash no fever, the IV spot is a little bruised
told her warm compress. she asked if she can do Thursdays at 1 from now on because of the
kids pickup, put her on the 1pm Thursday slot through March. - R. Sokol LPN
"""

D2 = """
LAUREL RIDGE COMMUNITY HEALTH
ALPHA-1 AUGMENTATION LOG - HOLLINS, TAMARA J (Acct 55-3018)     Product: Prolastin-C Liquid
Medicaid PA: KFM-88310457  (approved 09/02/2025 - 09/01/2026)

Wk  Date      Wt*    Vial(s)*          Dose given*  Waste*  Lot        Exp        Start  End
--  --------  -----  ----------------  -----------  ------  ---------  ---------  -----  -----
 1  02/05/26  67.0   4 000             4 000        0       25L2210A   06/30/27   13:05  13:24
 2  02/12/26  66.8   4 000             4 000        0       25L2210A   06/30/27   13:12  13:31
 3  02/19/26  66.7   4 000             4 000        0       25L2210A   06/30/27   13:02  13:20
 4  02/26/26  66.2   4 000             4 000        0       26A0339C   09/30/27   13:10  13:28
 5  03/05/26  (scheduled)

* Weights in kg. Vial, dose and waste columns in mg. Times 24-h.
  Weight-based dose check: 60 mg/kg x 66.2 = 3 972; 4 000 within 10 % -> single 4 000 vial OK
  per Dr. Reyes standing order (round to nearest whole vial when within 10 %).
"""

D3 = """
LAUREL RIDGE COMMUNITY HEALTH - PULMONARY/INTERNAL MEDICINE
Progress note     Date of visit: 01/13/2026
Patient: Tamara J. Hollins    44 F    Acct 55-3018
Clinician: Joanna Reyes, NP (collaborating: D. Marsh, MD)

S: Routine 3-month follow-up of alpha-1 antitrypsin deficiency with COPD. Genotype Z/Mprocida
(SERPINA1 sequencing 2022, ordered after AAT returned 5.8 umol/L). On weekly Prolastin-C
Liquid since 11/2022. She has had no ED visits in 2025 (three in 2022) and is working full
time again at the school cafeteria. Never smoker. Mother PI*MZ; two children untested (ages
9 and 12), discussed testing when older.

ROS: no chest pain, no hemoptysis, no ankle swelling, no jaundice or itching, no skin lumps.
Meds: Prolastin-C Liquid 60 mg/kg IV weekly; fluticasone/salmeterol 250/50 1 inh BID;
albuterol HFA prn; sertraline 25 mg daily; multivitamin.

O: Wt 67.3 kg. BP 114/72. HR 80. SpO2 96% RA.
Spirometry 01/13/2026 post-BD: FEV1 2.12 L (68% predicted); FEV1/FVC 0.62 (obstructive).
  01/2025 FEV1 2.15 L (69% predicted).

A/P:
1. Alpha-1 antitrypsin deficiency (Z/Mprocida) with COPD - much improved on augmentation (no
   ED visits, FEV1 stable). Continue Prolastin-C Liquid 60 mg/kg IV weekly - current vial
   4,000 mg is within 10 % at her weight; re-check if weight falls under 60 kg.
   PA KFM-88310457 active.
2. COPD - continue fluticasone/salmeterol 250/50 BID, albuterol prn.
3. Anxiety - sertraline 25 mg daily, stable.
RTC 03/10/2026.

Joanna Reyes, NP - signed 01/13/2026 16:40
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-26", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-26", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-13", "text": D3},
]

HDR = "* Weights in kg."

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency with COPD"},
    {"kind": "genotype", "alleles": ["Z", "MPROCIDA"], "_doc": "d3", "_ev": "Genotype Z/Mprocida"},
    {"kind": "serum_aat", "value": 5.8, "unit": "uM", "_doc": "d3", "_ev": "AAT returned 5.8 umol/L"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency (Z/Mprocida) with COPD"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "FEV1/FVC 0.62 (obstructive)"},
    {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2, "_date": "2026-02-26", "_doc": "d1", "_ev": "weight 66.2 kg today"},
    {"kind": "weight", "value": 67.0, "unit": "kg", "value_kg": 67.0, "_date": "2026-02-05", "_doc": "d2", "_ev": "02/05/26  67.0", "_hdr": HDR},
    {"kind": "weight", "value": 66.8, "unit": "kg", "value_kg": 66.8, "_date": "2026-02-12", "_doc": "d2", "_ev": "02/12/26  66.8", "_hdr": HDR},
    {"kind": "weight", "value": 66.7, "unit": "kg", "value_kg": 66.7, "_date": "2026-02-19", "_doc": "d2", "_ev": "02/19/26  66.7", "_hdr": HDR},
    {"kind": "weight", "value": 67.3, "unit": "kg", "value_kg": 67.3, "_date": "2026-01-13", "_doc": "d3", "_ev": "Wt 67.3 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "gave prolastin-c liquid\n4000 mg IV"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "the whole vial went in\nnothing left in it"},
    {"kind": "lot_number", "value": "26A0339C", "_doc": "d1", "_ev": "vial lot 26A0339C"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "lot 26A0339C exp 09/30/2027"},
    {"kind": "infusion_start", "value": "13:10", "_doc": "d1", "_ev": "started it at 1:10pm"},
    {"kind": "infusion_end", "value": "13:28", "_doc": "d1", "_ev": "finished 1:28pm"},
    {"kind": "fev1", "value": 68, "_doc": "d3", "_ev": "FEV1 2.12 L (68% predicted)"},
    {"kind": "fev1", "value": 69, "_doc": "d3", "_ev": "FEV1 2.15 L (69% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "much improved on augmentation (no\n   ED visits, FEV1 stable)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "prior_authorization", "value": "KFM-88310457", "_doc": "d2", "_ev": "Medicaid PA: KFM-88310457"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "gave prolastin-c liquid"},
]

REQUIREMENTS = {
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
}

ARITH = {
    "dos": "2026-02-26",
    "weight": {"value": 66.2, "unit": "kg", "kg": 66.2, "date": "2026-02-26"},
    "dose_mg": 4000,
    "target_mg": 3972.0,
    "tolerance_mg": 397.2,
    "deviation_pct": 0.7,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Run-on LPN note: the A1PI start/stop are 12-hour times "1:10pm"/"1:28pm" (13:10-13:28);
arrival "about 12:40", IV out "around 1:35", left "around 1:50", signature 2:15pm are traps. The
weekly log (type other) carries units only in its footnote (kg; mg) and writes thousands with a
space ("4 000"); its DOS row repeats the nurse's values (same lot, exp 09/30/27 = 2027-09-30, times
13:10/13:28). Earlier rows (lot 25L2210A, exp 06/30/27, other times) are other weeks; their weights
67.0 / 66.8 / 66.7 kg are listed; the 03/05 scheduled row is empty. Traps: vial size 4000 mg;
dose-check "60 mg/kg x 66.2 = 3 972"; "around 10 mL" flush; mother PI*MZ (family); "re-check if
weight falls under 60 kg" (hypothetical); sertraline/fluticasone doses; FEV1 69 % (01/2025) listed.
Genotype Z/Mprocida -> [Z, MPROCIDA] (deficient rare allele). "FEV1/FVC 0.62 (obstructive)" is an
airflow_obstruction finding beside the COPD diagnosis. 4000 vs 3972 mg (+0.70 %).
"""
