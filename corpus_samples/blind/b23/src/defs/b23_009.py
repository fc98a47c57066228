"""b23-009: medicare (Medicare Advantage PPO), complete. Styles (1) C-CDA encounter summary with
UCUM lb weight and a waste entry, and (5) payer telephonic nurse case-manager record. PI*SZ with
a low level (met for any profile). Aralast NP 4,900 mg from 5 x 1,000 mg, 100 mg wasted,
J0256 490 + JW 10."""

CHART_ID = "b23-009"
DOS = "2026-02-18"
PAYER = {"profile": "medicare", "name": "Evergreen Medicare Advantage PPO"}
PRIOR_AUTH = "EMA-PA-26-004471"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 490, "modifiers": []},
    {"hcpcs": "J0256", "units": 10, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
SUMMIT VALLEY HEALTH - MyRecord Document Viewer
CONTINUITY OF CARE DOCUMENT - Encounter: Infusion Therapy Visit
Patient: ABERNETHY-KLINE, CORA L    DOB 1952-06-14    Gender: Female    MRN SVH-3308114
Encounter date: 2026-02-18 08:05 - 2026-02-18 10:40 (America/Denver)
Facility: Summit Valley Infusion Services      Author: Benedikt Osterhagen, RN
Payer: Evergreen Medicare Advantage PPO   Member ID EMA771039582

PROBLEM LIST
  Condition                                     Code                          Status   Onset
  Alpha-1 antitrypsin deficiency                [SNOMED 30188007] [E88.01]    active   2017-09
  Emphysema, unspecified                        [SNOMED 87433001] [J43.9]     active   2017-09
  Chronic obstructive pulmonary disease         [SNOMED 13645005] [J44.9]     active   2015
  Osteoporosis                                  [SNOMED 64859006]             active   2020
  Hypothyroidism                                [SNOMED 40930008]             active   2009

VITAL SIGNS (2026-02-18)
  08:14  Body weight [LOINC 29463-7] ........... 179.9 [lb_av]
  08:14  Blood pressure [LOINC 85354-9] ........ 126/72 mm[Hg]
  08:14  Heart rate [LOINC 8867-4] ............. 77 /min
  08:14  Oxygen saturation [LOINC 59408-5] ..... 94 %
  09:50  Blood pressure ........................ 122/70 mm[Hg]
  09:50  Heart rate ............................ 74 /min

MEDICATIONS ADMINISTERED
  1) alpha-1-proteinase inhibitor, human (ARALAST NP) 1000 MG Injection [RxNorm 1160537]
     Dose: 4900 mg   Route: IV   Rate: max 0.08 mL/kg/min
     Effective: 2026-02-18T08:46 - 2026-02-18T09:38
     Vials: 5 x 1000 mg reconstituted (5000 mg)
     Lot/Exp: LE2509221 (x3) exp 2027-02-28 | LE2510064 (x2) exp 2027-05-31
     Quantity wasted: 100 mg (partial vial, single-use, discarded) [JW]
     Performer: B. Osterhagen, RN    Status: completed
  2) diphenhydrAMINE 25 MG Oral Capsule [RxNorm 1049630]
     Dose: 25 mg PO   Effective: 2026-02-18T08:31   Reason: premedication per order
  3) sodium chloride 0.9 % flush 10 mL   Effective: 2026-02-18T08:40, 2026-02-18T09:40

IMMUNIZATIONS
  Influenza, high dose, quadrivalent [CVX 197]   2025-10-02   Lot UT8841JA  exp 2026-06-30

RESULTS (most recent)
  Alpha-1-antitrypsin phenotype [LOINC 32769-2]      SZ          ref: MM      2017-09-22
  Alpha 1 antitrypsin [Moles/volume] in Serum         9.8 umol/L  ref: 20-53   2017-09-22
  Alpha 1 antitrypsin [Mass/volume] [LOINC 1825-9]   (not resulted - specimen QNS)   2017-09-22
  Hemoglobin [LOINC 718-7]                          13.2 g/dL   ref: 12.0-15.5  2026-01-28

SOCIAL HISTORY
  Tobacco use [LOINC 72166-2]: Never smoker [SNOMED 266919005]

PLAN OF CARE
  Next infusion 2026-02-25 08:00 - Aralast NP 60 mg/kg IV (approx. 4,900 mg)
"""

D2 = """
EVERGREEN MEDICARE ADVANTAGE PPO - CARE MANAGEMENT NOTES (telephonic)
Member: ABERNETHY-KLINE, CORA L    DOB 06/14/1952    Member ID EMA771039582
Program: Specialty Pharmacy / Chronic Lung Disease CM      CM: Lourdes Figueroa, RN, CCM
Printed for provider record 02/20/2026 (requested by Summit Valley Infusion)

08/04/2025  Outbound call, 16 min
  Member reported: doing her weekly infusions at Summit Valley, no missed doses since spring.
  Uses Breztri twice daily, rinses mouth. Daughter helps with transport.
  Concerns: cost of Breztri copay ($47) - referred to Extra Help screening.
  Next review: 11/2025.

11/12/2025  Outbound call, 9 min
  Member reported one ED visit 10/2025 for "a chest cold", sent home on doxycycline and
  prednisone, recovered. Flu shot done 10/02.
  UM: Aralast NP reauthorization request received from Dr. Ngata 11/10/2025.
  Next review: 01/2026.

01/08/2026  UM determination (documented by CM)
  APPROVED: Aralast NP 60 mg/kg IV weekly, J0256, site of care Summit Valley Infusion Services,
  auth #EMA-PA-26-004471, 01/01/2026 - 06/30/2026. Criteria note: reauthorization requires prescriber
  attestation of clinical benefit - attestation received (Dr. Ngata note 11/04/2025).
  Next review: 04/2026 (continuation).

02/11/2026  Outbound call, 12 min
  Member reported: weight "about the same, 180," no falls, no new symptoms. Asked whether she can
  switch to home infusion - explained home infusion would require new auth + S9346 per diem;
  member will discuss with Dr. Ngata. Next review: 04/2026.
"""

D3 = """
SUMMIT VALLEY PULMONOLOGY - PROGRESS NOTE
Date of visit: 01/28/2026      Provider: Tavita Ngata, MD
Patient: Cora L. Abernethy-Kline, 73 F      MRN SVH-3308114

Subjective: Here for 3-month follow-up of alpha-1 antitrypsin deficiency (PiSZ, AAT 9.8 umol/L)
with emphysema and COPD, on Aralast NP weekly since 2018. Had one ED visit 10/2025 for acute
bronchitis, treated as outpatient. Otherwise reports her breathing is "steady"; still gardening,
walks the dog 20 min/day. Never smoked; husband smoked until 2001 (secondhand exposure 30 yrs).

Objective: Wt 181 lb. BP 130/74. HR 80. SpO2 94% RA.
  Diminished breath sounds, prolonged expiration, no crackles.
  Spirometry today: FEV1 0.96 L (46% pred), FVC 2.31 L (88%), ratio 0.42.
  FEV1 trend: 2019 1.09 L, 2022 1.02 L, 2026 0.96 L - average decline ~19 mL/yr, well below her
  pre-augmentation decline of ~70 mL/yr (2014-2017).

Assessment/Plan:
1. AATD (PiSZ) with emphysema - slowed FEV1 decline and only one exacerbation in the past year;
   she is benefiting from augmentation. Continue Aralast NP 60 mg/kg IV weekly. Home infusion is
   reasonable if she prefers; would need payer approval.
2. COPD - continue Breztri 2 puffs BID, albuterol prn. Pneumococcal vaccine UTD.
3. Osteoporosis on alendronate - steroid-sparing approach to exacerbations.
Return 4 months.   Tavita Ngata, MD (signed 01/28/2026 17:40)
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-18", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-20", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-28", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency                [SNOMED 30188007] [E88.01]"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d1", "_ev": "Alpha-1-antitrypsin phenotype [LOINC 32769-2]      SZ"},
    {"kind": "serum_aat", "value": 9.8, "unit": "uM", "_doc": "d1", "_ev": "9.8 umol/L  ref: 20-53"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema, unspecified                        [SNOMED 87433001] [J43.9]"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "Chronic obstructive pulmonary disease         [SNOMED 13645005] [J44.9]"},
    {"kind": "fev1", "value": 46, "_doc": "d3", "_ev": "FEV1 0.96 L (46% pred)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker [SNOMED 266919005]"},
    {"kind": "weight", "value": 179.9, "unit": "lb", "value_kg": 81.6, "_date": "2026-02-18", "_doc": "d1", "_ev": "Body weight [LOINC 29463-7] ........... 179.9 [lb_av]"},
    {"kind": "weight", "value": 181, "unit": "lb", "value_kg": 82.1, "_date": "2026-01-28", "_doc": "d3", "_ev": "Wt 181 lb"},
    {"kind": "dose", "value": 4900, "_doc": "d1", "_ev": "Dose: 4900 mg"},
    {"kind": "wastage", "value": 100, "_doc": "d1", "_ev": "Quantity wasted: 100 mg"},
    {"kind": "lot_number", "value": "LE2509221", "_doc": "d1", "_ev": "LE2509221 (x3)"},
    {"kind": "lot_number", "value": "LE2510064", "_doc": "d1", "_ev": "LE2510064 (x2)"},
    {"kind": "expiration_date", "value": "2027-02-28", "_doc": "d1", "_ev": "LE2509221 (x3) exp 2027-02-28"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "LE2510064 (x2) exp 2027-05-31"},
    {"kind": "infusion_start", "value": "08:46", "_doc": "d1", "_ev": "Effective: 2026-02-18T08:46"},
    {"kind": "infusion_end", "value": "09:38", "_doc": "d1", "_ev": "- 2026-02-18T09:38"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "slowed FEV1 decline and only one exacerbation in the past year;\n   she is benefiting from augmentation"},
    {"kind": "prior_authorization", "value": "EMA-PA-26-004471", "_doc": "d2", "_ev": "auth #EMA-PA-26-004471"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "(ARALAST NP) 1000 MG Injection"},
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
    "dos": "2026-02-18",
    "weight": {"value": 179.9, "unit": "lb", "kg": 81.6, "date": "2026-02-18"},
    "dose_mg": 4900,
    "target_mg": 4896.0,
    "tolerance_mg": 489.6,
    "deviation_pct": 0.08,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 490,
    "units_billed": 490,
    "waste_mg": 100,
    "jw_units_expected": 10,
    "jw_units_billed": 10,
    "modifiers": [],
    "expirations": ["2027-02-28", "2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. CCD with UCUM "[lb_av]" weight (179.9 lb -> 81.6 kg), ISO effective times, lots/exps in
one line, waste 100 mg on the JW line (10 units). PI*SZ (phenotype) with 9.8 umol/L; medicare, so
SZ is met regardless of level. Traps: encounter period 08:05-10:40, vitals 08:14/09:50, flush and
diphenhydramine times, 5 x 1000 mg = 5000 mg dispensed, influenza vaccine lot UT8841JA exp
2026-06-30, phenotype reference MM and 20-53 umol/L, the mass-concentration AAT "not resulted - QNS"
(documents nothing), planned next infusion approx. 4,900 mg, member-reported "about the same, 180"
(approximate, not a measured weight), copay $47, husband smoked (secondhand), FEV1 in litres by
year and mL/yr decline, FVC 88 %. The plan's auth number is listed (also the chart field); the
requirement is not_applicable on the Medicare profile.
"""
