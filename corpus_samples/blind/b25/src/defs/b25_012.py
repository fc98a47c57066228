"""b25-012: medicare, NEGATIVE CONTROL (dose held). Styles (2) Epic note with revision history -
the first version was a copy-forward of last week's administration, marked entered in error -
+ (6) consolidated patient summary. No A1PI given; claim is a clinic visit only."""

CHART_ID = "b25-012"
DOS = "2026-02-17"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "G0463", "units": 1, "modifiers": []},
]

D1 = """
Mercy Ridge Health                                             Printed 2/18/2026 6:40 AM
LINDGREN, ELAINE M      MRN: 31207745      DOB: 6/11/1944 (81 yo F)
Encounter: 2/17/2026  Infusion Visit - MRH Infusion Center - Lindqvist, Tomas MD

Nursing Note
Priya Ramaswamy, RN at 2/17/2026 8:50 AM
   Author: Priya Ramaswamy, RN   Service: Infusion   Author Type: Registered Nurse
   Filed: 2/17/2026 11:40 AM     Date of Service: 2/17/2026 8:50 AM     Status: Signed
   Editor: Priya Ramaswamy, RN (Registered Nurse)

*** Previous version of this note ENTERED IN ERROR (see Revision History). The 9:14 AM
version was a copy-forward of the 2/10/2026 administration note (SmartPhrase .A1PIWKLY)
filed before today's assessment. NO alpha-1 augmentation was given today. ***

Arrived 08:50 by wheelchair with daughter. Wt 72.6 kg (chair scale).
Reports 2 days of cough with yellow sputum, chills last night.
VS 09:02: T 38.4 C, HR 108, RR 24, BP 104/62, SpO2 89% RA -> 93% on 2 L NC.
Crackles R base. Dr. Lindqvist notified 09:06 and evaluated pt in the infusion center.
Per Dr. Lindqvist: HOLD alpha-1 augmentation today (febrile, suspected pneumonia).
Pharmacy notified 09:10 to hold today's dose.
Pt transported to ED via wheelchair with RN at 09:35; report called to ED RN M. Osei.
Next augmentation to be rescheduled after ED/PCP follow-up.

Electronically signed by Priya Ramaswamy, RN at 2/17/2026 11:40 AM

Revision History
     Date/Time             User                       Provider Type       Action
   > 2/17/2026 11:40 AM    Priya Ramaswamy, RN        Registered Nurse    Sign (Revised)
     2/17/2026  9:14 AM    Priya Ramaswamy, RN        Registered Nurse    Sign
   Reason: Entered in error - copied-forward content removed.

Previous Version (Priya Ramaswamy, RN - 2/17/2026 9:14 AM)  [ENTERED IN ERROR]
   Filed by: Priya Ramaswamy, RN   2/17/2026 9:14 AM
   Weekly Prolastin-C Liquid. Wt 73.0 kg. Afebrile, lungs clear.
   Prolastin-C Liquid 4,000 mg vial lot NG2518820 exp 05/31/2027 + 500 mg vial lot
   NG2517713 exp 02/28/2027. Dose 4,380 mg IV. 120 mg wasted.
   Infusion start 0920, end 0941. Tolerated well, no reaction.
"""

D2 = """
MERCY RIDGE HEALTH - CONSOLIDATED ENCOUNTER SUMMARY          Printed 02/18/2026 06:45
Patient: LINDGREN, ELAINE M    MRN 31207745    DOB 06/11/1944    Medicare Part B / Medigap N
Problems: Alpha-1 antitrypsin deficiency (E88.01); Emphysema (J43.9); Osteoporosis (M81.0);
          Hypothyroidism (E03.9); Atrial fibrillation on apixaban (I48.91)
(most recent first - each block is one encounter)
..........................................................................................
02/17/2026 11:05   ED VISIT - Mercy Ridge Emergency        Attending: Chen, Rosalind MD
  RLL pneumonia on CXR. Ceftriaxone 1 g IV x1 in ED; discharged 15:20 on amoxicillin-
  clavulanate 875 mg BID + azithromycin x 5 d. PCP f/u 2/20.
..........................................................................................
02/17/2026 08:50   INFUSION CENTER                         Lindqvist, Tomas MD
  Wt 72.6 kg. Febrile 38.4 C. Alpha-1 augmentation HELD. Sent to ED.
..........................................................................................
02/10/2026 08:45   INFUSION CENTER                         Ramaswamy, P RN
  Wt 73.0 kg. Prolastin-C Liquid 4,380 mg IV 09:20-09:41. Lots NG2518820 / NG2517713.
  Waste 120 mg (JW). No reaction.
..........................................................................................
02/03/2026 08:40   INFUSION CENTER                         Boateng, K RN
  Wt 73.2 kg. Prolastin-C Liquid 4,380 mg IV 09:11-09:33. Waste 120 mg (JW).
..........................................................................................
01/20/2026 13:30   PULMONOLOGY                              Lindqvist, Tomas MD
  Wt 73.5 kg. AATD, ZZ, emphysema - doing well on weekly Prolastin-C Liquid.
  FEV1 1.08 L (54% pred). Continue.
..........................................................................................
03/22/2016         LAB
  AAT 29 mg/dL (ref 90-200). PI*ZZ by genotyping. Son PI*MZ (2017).
..........................................................................................
End of summary (6 encounters)
"""

D3 = """
Mercy Ridge Health                                             Printed 2/18/2026 6:41 AM
LINDGREN, ELAINE M      MRN: 31207745      DOB: 6/11/1944 (81 yo F)
Encounter: 1/20/2026  Office Visit - MRH Pulmonary - Lindqvist, Tomas MD

Progress Notes
Lindqvist, Tomas MD at 1/20/2026 1:30 PM
   Author: Lindqvist, Tomas MD   Service: Pulmonary   Author Type: Physician
   Filed: 1/20/2026 4:55 PM      Date of Service: 1/20/2026 1:30 PM    Status: Signed
   Editor: Lindqvist, Tomas MD (Physician)

Mrs. Lindgren is 81, with alpha-1 antitrypsin deficiency (PI*ZZ, AAT 29 mg/dL in 2016) and
emphysema, on weekly Prolastin-C Liquid at our infusion center since 2016. She never smoked;
her late husband smoked in the home for 30 years.
Since her last visit: no exacerbations, no antibiotics. Gardening indoors, walks the hallway
of her building twice daily. Still independent in ADLs.
Wt 73.5 kg. BP 128/72. HR 74 irregular. SpO2 94% RA. Lungs: decreased breath sounds.
Spirometry: FEV1 1.08 L (54% pred), unchanged from 07/2025 (1.09 L).
Assessment: AATD with emphysema - doing well on augmentation; FEV1 stable over the past year
and no exacerbations. Continue Prolastin-C Liquid 60 mg/kg weekly.
AFib - rate controlled; apixaban 5 mg BID per cardiology.
If she becomes unable to travel weekly, could consider home infusion.
Return 6 months.
Electronically signed by Lindqvist, Tomas MD at 1/20/2026 4:55 PM
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-17", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-18", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-20", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ by genotyping"},
    {"kind": "serum_aat", "value": 29, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 29 mg/dL (ref 90-200)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Emphysema (J43.9)"},
    {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6, "_date": "2026-02-17", "_doc": "d1", "_ev": "Wt 72.6 kg (chair scale)"},
    {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0, "_date": "2026-02-10", "_doc": "d2", "_ev": "Wt 73.0 kg. Prolastin-C Liquid 4,380 mg"},
    {"kind": "weight", "value": 73.2, "unit": "kg", "value_kg": 73.2, "_date": "2026-02-03", "_doc": "d2", "_ev": "Wt 73.2 kg"},
    {"kind": "weight", "value": 73.5, "unit": "kg", "value_kg": 73.5, "_date": "2026-01-20", "_doc": "d3", "_ev": "Wt 73.5 kg. BP 128/72"},
    {"kind": "fev1", "value": 54, "_doc": "d3", "_ev": "FEV1 1.08 L (54% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "doing well on augmentation; FEV1 stable over the past year\nand no exacerbations"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "She never smoked"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d3", "_ev": "on weekly Prolastin-C Liquid at our infusion center since 2016"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "not_applicable",
}

ARITH = {
    "dos": "2026-02-17",
    "weight": {"value": 72.6, "unit": "kg", "kg": 72.6, "date": "2026-02-17"},
    "dose_mg": None,
    "target_mg": 4356.0,
    "tolerance_mg": 435.6,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL: augmentation held on the DOS (fever 38.4 C, RLL pneumonia); the claim is a
clinic visit (G0463) with no drug line. The 9:14 AM note version (dose 4,380 mg, lots NG2518820 /
NG2517713 and exps, 120 mg waste, 0920-0941, "Tolerated well") was a copy-forward of 2/10 and is
marked entered in error - it documents nothing for 2/17. The consolidated summary's 02/10 and
02/03 blocks are other encounters (doses, lots, waste, times). So dose, dose/weight, wastage (no
drug line, no waste statement for the DOS), lot, expiration and infusion times are missing; units
and code are not applicable. Patient facts are met: PI*ZZ, AAT 29 mg/dL, emphysema, weights
(72.6 kg on the DOS governs), response in the 01/20 progress note, never smoker (husband's
smoking is not hers). Traps: ED ceftriaxone 1 g, amoxicillin-clavulanate 875 mg, apixaban 5 mg;
ED discharge 15:20; VS 09:02, notifications 09:06/09:10, transport 09:35; son PI*MZ;
hypothetical home infusion.
"""
