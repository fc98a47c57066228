"""b23-005: medicaid, gaps: dose_matches_weight conflict (5,300 mg run from the transferring order
written at 88.2 kg; DOS weight 73.1 kg -> 4,386 mg, +20.8 %), infusion_times missing (CCD end
time blank). Styles (7) referral packet (fax cover, referral form, outside records of 2019 and
2025) and (1) C-CDA encounter summary. Prolastin-C 6 x 1,000 mg, J0256 530 + JW 70."""

CHART_ID = "b23-005"
DOS = "2026-02-24"
PAYER = {"profile": "medicaid", "name": "Michigan Medicaid - Meridian MCO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 530, "modifiers": []},
    {"hcpcs": "J0256", "units": 70, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
==================================== FAX ====================================
LAKESHORE PULMONARY ASSOCIATES
2290 Harbor View Dr, Ste 4, Port Alden MI    Ph (231) 555-0148   Fax (231) 555-0149
DATE: 02/10/2026 14:52                      PAGES (incl. cover): 9
TO:   Northbend Infusion Services - New Patient Intake     FAX: (231) 555-0177
FROM: Janelle Pruitt, Referral Coordinator
RE:   New referral - weekly alpha-1 augmentation - VANDERMOLEN, GERRIT P (DOB 07/22/1963)
[X] Urgent   [ ] For review   [X] Please reply   [ ] Please recycle
Comments: Pt relocating closer to family, please schedule start week of 02/23. Attached:
referral form, 06/12/2025 office note, 06/2025 infusion log, 2019 labs.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it
in error, notify the sender and destroy all copies.
=============================================================================
                                                                    Page 2 of 9
INFUSION REFERRAL / ORDER FORM - Lakeshore Pulmonary Associates
Patient: Vandermolen, Gerrit P    DOB 07/22/1963    Sex M    Ph (231) 555-0190
Insurance: Michigan Medicaid - Meridian (MCO)     ID 00418823771
Prior auth #: MCD-PA-3307215     approved 01/15/2026 - 01/14/2027, 52 doses
Referral #: LPA-R-55109
Dx: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema
Medication: Prolastin-C (lyophilized) 60 mg/kg IV every 7 days   Vial: 1,000 mg
Dose: 5,300 mg (wt 88.2 kg)      Rate: per PI     Premeds: none
Weight: 88.2 kg   Date taken: 06/12/2025          Height: 183 cm
Allergies: penicillin (hives)
Labs: AAT 0.38 g/L (2019); phenotype ZZ
Ordering: Hollis Baptiste, MD     [signed] 02/09/2026
                                                                    Page 3 of 9
LAKESHORE PULMONARY ASSOCIATES - OFFICE VISIT                        06/12/2025
Gerrit Vandermolen, 61 M.   Provider: Hollis Baptiste, MD
Interval: doing well on Prolastin-C, no exacerbations since starting in 2022, walking 30 min
daily. Mild DOE on hills. Former smoker, 30 pack-years, quit 2015. Works as a machinist.
Vitals: BP 134/86  HR 70  SpO2 95% RA  Wt 88.2 kg  BMI 26.3
Spirometry (post-BD): FEV1 1.71 L (47% pred), FVC 3.88 L, FEV1/FVC 0.44
Imaging: CT 2022 - panlobular emphysema, lower lobes.
A/P: AATD PI*ZZ with emphysema, stable. Continue Prolastin-C 60 mg/kg weekly (5,300 mg),
Breztri 2 puffs BID, albuterol prn. Discussed weight - pre-diabetic, A1c 6.2; diet counseling.
RTC 6 mo.
                                                                    Page 4-6 of 9
LAKESHORE INFUSION SUITE - WEEKLY INFUSION LOG (June 2025)
Date      Product      Dose      Lot         Exp       Start  Stop   Waste   RN
06/03/25  Prolastin-C  5,300 mg  NG2503A11   09/2026   0940   1003   700 mg  KL
06/10/25  Prolastin-C  5,300 mg  NG2503A11   09/2026   0935   1001   700 mg  KL
06/17/25  Prolastin-C  5,300 mg  NG2504C07   11/2026   0942   1006   700 mg  BW
06/24/25  Prolastin-C  5,300 mg  NG2504C07   11/2026   0938   1002   700 mg  KL
                                                                    Page 7-9 of 9
NORTHSHORE REFERENCE LAB    Collected 04/08/2019    Reported 04/15/2019
Alpha-1 antitrypsin, serum (nephelometry) ..... 0.38 g/L   L   (ref 0.90-2.00 g/L)
Alpha-1 antitrypsin phenotype (IEF) ........... ZZ          (ref MM)
Comment: ZZ phenotype - severe deficiency. Genotyping not performed.
"""

D2 = """
Northbend Infusion Services | HealthShare Clinical Viewer
Document: Encounter Summary (C-CDA CCD)                     Generated Feb 24, 2026 12:04 CST
Patient: VANDERMOLEN, GERRIT P   DOB Jul 22, 1963   MRN NB-0062291
Encounter: Outpatient infusion [CPT 96365]   Feb 24, 2026 09:52 CST - Feb 24, 2026 11:40 CST
Performer: Renata Solis, RN     Attending: Miriam Kettleborough, MD

PROBLEMS
  - Alpha-1-antitrypsin deficiency [SNOMED 30188007] [ICD-10 E88.01]  active
  - Panlobular emphysema [SNOMED 4981000] [ICD-10 J43.1]  active
  - Prediabetes [SNOMED 714628002]  active

VITAL SIGNS
  Feb 24, 2026 09:58 CST   Body weight [LOINC 29463-7] ........ 73.1 kg
  Feb 24, 2026 09:58 CST   Body height [LOINC 8302-2] ......... 183 cm
  Feb 24, 2026 09:58 CST   BP [LOINC 85354-9] ................. 128/80 mm[Hg]
  Feb 24, 2026 09:58 CST   SpO2 [LOINC 59408-5] ............... 95 %
  Feb 24, 2026 10:45 CST   BP ................................. 124/78 mm[Hg]

MEDICATIONS ADMINISTERED
  Medication ......... PROLASTIN-C 1000 MG Injection [RxNorm 1009116]
  Dose ............... 5300 mg
  Route .............. intravenous
  Start .............. Feb 24, 2026 10:14 CST
  End ................
  Product lot ........ NG2511B04 (x4 vials), NG2511B19 (x2 vials)
  Expiration ......... 2027-11-30 ; 2028-01-31
  Waste .............. 700 mg discarded (6 x 1,000 mg vials reconstituted, 5,300 mg given)
  Status ............. completed

PROCEDURES
  Peripheral IV insertion [SNOMED 392230005]   Feb 24, 2026 10:02 CST   22 g R forearm
  Peripheral IV removal                         Feb 24, 2026 11:31 CST

RESULTS
  No results in this encounter.

PLAN OF CARE
  Next infusion Mar 3, 2026 - Prolastin-C, dose pending updated order from Dr. Baptiste
"""

D3 = """
NORTHBEND INFUSION SERVICES - NEW PATIENT VISIT (PHYSICIAN)
Date: 02/24/2026        Patient: Gerrit P. Vandermolen   62 M   MRN NB-0062291
Attending: Miriam Kettleborough, MD

Reason: establish weekly augmentation after move from Port Alden; referral packet from Lakeshore
Pulmonary reviewed (order, 06/2025 office note, infusion log, 2019 labs).

HPI: 62M with alpha-1 antitrypsin deficiency, ZZ phenotype (AAT 0.38 g/L, 2019) and panlobular
emphysema. Has received weekly Prolastin-C since 2022. Per pt and outside records no exacerbation
since starting augmentation and he feels it is helping - stable on therapy, FEV1 47% pred in
06/2025. Intentional weight loss since 08/2025 on semaglutide 1 mg weekly (prediabetes), about 15
kg down; feels better for it. Quit smoking 2015.

Exam: Wt 73.1 kg today. Lungs: decreased BS bases, no wheeze. SpO2 95% RA.

A/P:
1. AATD on augmentation - infusion given today per the transferring order, Prolastin-C 5,300 mg,
   tolerated, no reaction. That order was written at 88.2 kg; at today's weight 60 mg/kg would be
   about 4,390 mg. Message sent to Dr. Baptiste for an updated order before next week's dose.
2. Emphysema - continue Breztri, albuterol prn. Transfer PFT care to local pulmonologist.
3. Medicaid PA MCD-PA-3307215 on file (valid to 01/14/2027).
Infusion ran ~20 min by RN report. Miriam Kettleborough, MD   02/24/2026 13:10
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-10", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d1", "_ev": "phenotype (IEF) ........... ZZ"},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L", "_doc": "d1", "_ev": "0.38 g/L   L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Panlobular emphysema [SNOMED 4981000]"},
    {"kind": "fev1", "value": 47, "_doc": "d1", "_ev": "FEV1 1.71 L (47% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, 30 pack-years, quit 2015"},
    {"kind": "weight", "value": 88.2, "unit": "kg", "value_kg": 88.2, "_date": "2025-06-12", "_doc": "d1", "_ev": "Wt 88.2 kg  BMI 26.3"},
    {"kind": "weight", "value": 73.1, "unit": "kg", "value_kg": 73.1, "_date": "2026-02-24", "_doc": "d2", "_ev": "Body weight [LOINC 29463-7] ........ 73.1 kg"},
    {"kind": "dose", "value": 5300, "_doc": "d2", "_ev": "Dose ............... 5300 mg"},
    {"kind": "wastage", "value": 700, "_doc": "d2", "_ev": "700 mg discarded"},
    {"kind": "lot_number", "value": "NG2511B04", "_doc": "d2", "_ev": "NG2511B04 (x4 vials)"},
    {"kind": "lot_number", "value": "NG2511B19", "_doc": "d2", "_ev": "NG2511B19 (x2 vials)"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d2", "_ev": "Expiration ......... 2027-11-30"},
    {"kind": "expiration_date", "value": "2028-01-31", "_doc": "d2", "_ev": "2027-11-30 ; 2028-01-31"},
    {"kind": "infusion_start", "value": "10:14", "_doc": "d2", "_ev": "Start .............. Feb 24, 2026 10:14 CST"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "no exacerbation\nsince starting augmentation and he feels it is helping - stable on therapy"},
    {"kind": "prior_authorization", "value": "MCD-PA-3307215", "_doc": "d1", "_ev": "Prior auth #: MCD-PA-3307215"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d2", "_ev": "PROLASTIN-C 1000 MG Injection"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "conflict",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-02-24",
    "weight": {"value": 73.1, "unit": "kg", "kg": 73.1, "date": "2026-02-24"},
    "dose_mg": 5300,
    "target_mg": 4386.0,
    "tolerance_mg": 438.6,
    "deviation_pct": 20.84,
    "within_tolerance": False,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 530,
    "units_billed": 530,
    "waste_mg": 700,
    "jw_units_expected": 70,
    "jw_units_billed": 70,
    "modifiers": [],
    "expirations": ["2027-11-30", "2028-01-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: dose_matches_weight conflict (5,300 mg given at 73.1 kg; 60 mg/kg = 4,386 mg, +20.8 %; the
order was written at 88.2 kg in 06/2025); infusion_times missing (CCD "End" label with nothing
after it; "~20 min by RN report" is a duration). Referral packet traps: 06/2025 infusion log rows
(doses, lots NG2503A11/NG2504C07, expirations, times, 700 mg wastes), referral # LPA-R-55109,
order dose 5,300 mg (wt 88.2 kg), vial 1,000 mg, fax time 14:52, lab reference MM and 0.90-2.00
g/L, "Genotyping not performed" (IEF phenotype counts). CCD traps: encounter period 09:52-11:40,
vital-sign times, PIV 10:02/11:31, generated 12:04, plan "dose pending". Progress-note traps:
calculated ~4,390 mg, "about 15 kg down", semaglutide 1 mg. The outside 06/2025 note's "doing well on
Prolastin-C" sits in a document typed other; the DOS physician note carries the progress-note
response (response_to_therapy is one finding). PA on the referral form and in the note.
"""
