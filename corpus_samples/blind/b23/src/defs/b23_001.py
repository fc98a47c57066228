"""b23-001: medicare, complete. Style (1): C-CDA encounter summary and lab results rendered by an
EHR viewer, plus a pulmonology follow-up note. Zemaira 4,700 mg from a 4 g kit + 1 g vial (actual
potency), J0256 470 JZ."""

CHART_ID = "b23-001"
DOS = "2026-03-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 470, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Prairie Ridge Health | Clinical Document Viewer v4.2                    Page 1 of 2
Document: Encounter Summary (C-CDA R2.1 Continuity of Care Document)
Printed 03/04/2026 07:12 CST by HIM\\KPATEL
================================================================================
Patient ....... OBERHOLT, HARLAN J              DOB ..... 11/02/1958   Sex: M
MRN ........... PRH-00418823                    Language: English
Encounter ..... Outpatient infusion visit [SNOMED 185347001]
Location ...... Prairie Ridge Infusion Center, Suite 210
Period ........ Mar 3, 2026 08:41 CST - Mar 3, 2026 10:52 CST
Author ........ Tamsin Greaves, RN            Custodian: Prairie Ridge Health
Attending ..... Abel Nwachukwu, MD (Pulmonary Disease)
================================================================================

ENCOUNTER DIAGNOSES
  1. Alpha-1-antitrypsin deficiency    [ICD-10-CM E88.01] [SNOMED 30188007]
  2. Panlobular emphysema              [ICD-10-CM J43.1] [SNOMED 4981000]

PROBLEMS
  Problem                            Status     Onset    Codes
  Alpha-1-antitrypsin deficiency     Active     2014     [SNOMED 30188007]
  Panlobular emphysema               Active     2014     [SNOMED 4981000]
  Essential hypertension             Active     2011     [SNOMED 59621000]
  Obstructive sleep apnea            Active     2020     [SNOMED 78275009]
  Hepatic steatosis, r/o AATD liver  Inactive   2016     [SNOMED 197321007]

SOCIAL HISTORY
  Tobacco smoking status [LOINC 72166-2] ..... Former smoker [SNOMED 8517006]  (effective 2009)
  Alcohol use [LOINC 11331-6] ................ 1-2 drinks/week

ALLERGIES
  No known drug allergies [SNOMED 716186003]

VITAL SIGNS
  Date/Time               BP      HR  RR  Temp    SpO2  Weight    Height
  Mar 3, 2026 08:52 CST   136/80  72  16  36.6 C  93 %  78.4 kg   180 cm
  Mar 3, 2026 09:30 CST   131/78  70  16  --      94 %  --        --
  Mar 3, 2026 09:52 CST   134/79  68  16  36.7 C  94 %  --        --
  [LOINC 85354-9 BP] [LOINC 8867-4 HR] [LOINC 59408-5 SpO2] [LOINC 29463-7 Weight] [LOINC 8302-2 Height]

MEDICATIONS ADMINISTERED
  Entry 1
    Medication ....... alpha-1-proteinase inhibitor, human (ZEMAIRA) 4000 MG Injection kit [RxNorm 2120554]
    Dose ............. 4700 mg
    Route ............ Intravenous [SNOMED 47625008]
    Effective time ... Mar 3, 2026 09:18 CST to Mar 3, 2026 09:41 CST
    Product instance . Lot P100611382, exp 2027-08-31 (label potency 3712 mg)
    Product instance . Lot P100598840, exp 2027-05-31 (label potency 988 mg)
    Waste ............ 0 mg - both vials infused in full
    Performer ........ Tamsin Greaves, RN
    Status ........... completed
  Entry 2
    Medication ....... acetaminophen 325 MG Oral Tablet [RxNorm 313782]
    Dose ............. 650 mg
    Route ............ Oral
    Effective time ... Mar 3, 2026 08:58 CST
    Product instance . Lot 24H0931, exp 2027-01-31
    Status ........... completed
  Entry 3
    Medication ....... sodium chloride 0.9 % Injectable Solution [RxNorm 313002]
    Dose ............. 10 mL flush
    Effective time ... Mar 3, 2026 09:12 CST; Mar 3, 2026 09:43 CST
    Status ........... completed

PROCEDURES
  Insertion of peripheral intravenous catheter [SNOMED 392230005]  Mar 3, 2026 09:06 CST  22G L forearm x1
  Intravenous infusion, single drug [CPT 96365]                    Mar 3, 2026 09:18 CST
  Removal of peripheral intravenous catheter [SNOMED 733009006]    Mar 3, 2026 10:08 CST  cath intact

RESULTS
  Panel: Alpha-1 antitrypsin, trough    Collected Feb 24, 2026 08:20 CST   Status: final
    Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma [LOINC 1825-9] ... 98 mg/dL   (ref 90-200 mg/dL)
    Comment: drawn pre-infusion; patient on weekly augmentation.
  Panel: Immunoglobulin A               Collected Feb 24, 2026 08:20 CST   Status: final
    IgA [Mass/volume] in Serum or Plasma [LOINC 2458-8] ........... 212 mg/dL  (ref 70-400 mg/dL)

PLAN OF CARE
  Next infusion ...... Mar 10, 2026 09:00 CST  ZEMAIRA 60 mg/kg IV (est 4700 mg)
  Follow-up .......... Pulmonology, Aug 2026, with PFTs

NOTES
  Nursing note (Tamsin Greaves, RN, Mar 3, 2026 10:40 CST):
  Kit and 1 g vial reconstituted per insert w/ Mix2Vial (SWFI diluent lots 2509A, 2511C), pooled,
  infused through 5 micron filter at ~0.08 mL/kg/min. No reaction noted during or after infusion.
  Pt ambulated to car w/ wife, steady gait.
--------------------------------------------------------------------------------
Electronically authenticated: Tamsin Greaves, RN  Mar 3, 2026 10:46 CST
"""

D2 = """
PRAIRIE RIDGE PULMONARY CLINIC - FOLLOW-UP VISIT
Date of service: 02/10/2026
Patient: Oberholt, Harlan J.    DOB 11/02/1958    MRN PRH-00418823
Provider: Abel Nwachukwu, MD

CC: routine f/u, AATD on augmentation

HPI: 67 yo M with alpha-1 antitrypsin deficiency, PI*ZZ (dx 2014 after w/u for early-onset
emphysema), on weekly Zemaira since 06/2019 at the Prairie Ridge infusion center. Ex-smoker, 20
pk-yr, quit 2009. Says he is "holding his own" - walks a mile on flat ground with one rest stop,
same as last spring. One exacerbation in the past 12 mo (Oct 2025, outpatient prednisone +
doxycycline) vs 3-4/yr in the years before augmentation. No hospitalizations. No infusion
reactions. Wife asks about their son: he tested PI*MZ in 2016, level 88 mg/dL - reviewed that he
is a carrier, not deficient, and should not smoke.

Meds: Zemaira 60 mg/kg IV weekly; tiotropium-olodaterol 2.5-2.5 mcg 2 puffs daily; albuterol HFA
prn (~2x/wk); lisinopril 20 mg daily; CPAP nightly.

Exam: Wt 78.9 kg. BP 128/76  HR 74  SpO2 94% RA. Diminished BS at both bases, no wheeze. No edema,
no clubbing.

PFT today (post-BD): FEV1 1.38 L (41% pred), FVC 3.61 L (82% pred), FEV1/FVC 0.38, DLCO 48%.
  02/2025: FEV1 1.41 L (42% pred).
CT chest 01/2024: panlobular emphysema, lower-lobe predominant; no nodules.

A/P:
1. AATD, PI*ZZ, baseline AAT 26 mg/dL (2014). Responding to augmentation as well as we can
   measure: FEV1 essentially flat over 12 mo (-30 mL) and exacerbation rate down. Continue
   Zemaira 60 mg/kg IV weekly; at today's weight that would be ~4,734 mg - infusion pharmacy
   doses off the infusion-day weight.
2. Panlobular emphysema - continue LAMA/LABA; maintenance pulm rehab 2x/wk.
3. Vaccines UTD (influenza 10/2025, PCV20 2023).
RTC 6 months with full PFTs.

Electronically signed: Abel Nwachukwu, MD 02/10/2026 16:22
"""

D3 = """
Prairie Ridge Health | Clinical Document Viewer v4.2
Document: Laboratory Results Report (C-CDA R2.1)     Source: Mid-Plains Reference Laboratory
Patient: OBERHOLT, HARLAN J    DOB 11/02/1958    MRN PRH-00418823
Ordering: Lena Marchetti, MD (Pulmonary)

RESULTS
  Alpha-1 Antitrypsin Profile    Collected: Oct 14, 2014 07:55 CDT    Resulted: Oct 20, 2014 14:31 CDT
  +--------------------------------------+-----------+------+--------------+-----------------+
  | Test                                 | Result    | Flag | Reference    | Code            |
  +--------------------------------------+-----------+------+--------------+-----------------+
  | Alpha-1-antitrypsin, S (nephelometry)| 26 mg/dL  | L    | 90-200 mg/dL | [LOINC 1825-9]  |
  | Alpha-1-antitrypsin phenotype (IEF)  | ZZ        | A    | MM           | [LOINC 32769-2] |
  | C-reactive protein                   | 3.1 mg/L  |      | <10 mg/L     | [LOINC 1988-5]  |
  +--------------------------------------+-----------+------+--------------+-----------------+
  Interpretation (phenotype): ZZ phenotype, consistent with severe alpha-1 antitrypsin
  deficiency. Normal CRP makes an acute-phase elevation of the AAT result unlikely.
  Lab comment: serum levels below 57 mg/dL (approx. 11 umol/L) are associated with increased
  emphysema risk. Augmentation therapy raises measured AAT; pre-treatment values preferred.

  Performing lab: Mid-Plains Reference Laboratory, CLIA 28D0xxxxxx
  Result status: final    Verified by: R. Dunagan, MT(ASCP)
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-10", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2014-10-20", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1-antitrypsin deficiency    [ICD-10-CM E88.01]"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ (dx 2014"},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL", "_doc": "d3", "_ev": "| 26 mg/dL  | L"},
    {"kind": "serum_aat", "value": 98, "unit": "mg/dL", "_doc": "d1", "_ev": "[LOINC 1825-9] ... 98 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Panlobular emphysema              [ICD-10-CM J43.1]"},
    {"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4, "_date": "2026-03-03", "_doc": "d1", "_ev": "93 %  78.4 kg"},
    {"kind": "weight", "value": 78.9, "unit": "kg", "value_kg": 78.9, "_date": "2026-02-10", "_doc": "d2", "_ev": "Wt 78.9 kg"},
    {"kind": "dose", "value": 4700, "_doc": "d1", "_ev": "Dose ............. 4700 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste ............ 0 mg - both vials infused in full"},
    {"kind": "lot_number", "value": "P100611382", "_doc": "d1", "_ev": "Lot P100611382"},
    {"kind": "lot_number", "value": "P100598840", "_doc": "d1", "_ev": "Lot P100598840"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d1", "_ev": "Lot P100611382, exp 2027-08-31"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "Lot P100598840, exp 2027-05-31"},
    {"kind": "infusion_start", "value": "09:18", "_doc": "d1", "_ev": "Effective time ... Mar 3, 2026 09:18 CST to"},
    {"kind": "infusion_end", "value": "09:41", "_doc": "d1", "_ev": "to Mar 3, 2026 09:41 CST"},
    {"kind": "fev1", "value": 41, "_doc": "d2", "_ev": "FEV1 1.38 L (41% pred)"},
    {"kind": "fev1", "value": 42, "_doc": "d2", "_ev": "FEV1 1.41 L (42% pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Responding to augmentation as well as we can\n   measure: FEV1 essentially flat over 12 mo (-30 mL) and exacerbation rate down."},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker [SNOMED 8517006]"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "(ZEMAIRA) 4000 MG Injection kit"},
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-03",
    "weight": {"value": 78.4, "unit": "kg", "kg": 78.4, "date": "2026-03-03"},
    "dose_mg": 4700,
    "target_mg": 4704.0,
    "tolerance_mg": 470.4,
    "deviation_pct": -0.09,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 470,
    "units_billed": 470,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08-31", "2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. CCD encounter summary: dose/lot/exp/times in MEDICATIONS ADMINISTERED; 3712 + 988 mg
actual-potency vials = 4700 mg, no waste, JZ. Traps: encounter period 08:41-10:52, vital-sign
times, PIV insertion 09:06 / removal 10:08, flush times 09:12/09:43, acetaminophen 650 mg with its
own lot 24H0931 and exp, SWFI diluent lots, kit size 4000 MG, planned next infusion est 4700 mg,
~4,734 mg calculation at 78.9 kg, son PI*MZ 88 mg/dL, IgA 212 mg/dL, reference ranges 90-200 and
the 57 mg/dL lab comment, phenotype reference "MM", "r/o AATD liver" (hepatic steatosis, inactive).
The on-augmentation trough 98 mg/dL is the patient's measured level and is listed; the baseline
26 mg/dL meets the criterion. "No reaction noted" is an infusion-tolerance remark, not a response
finding; response is in the pulmonology note.
"""
