# b13-008  medicare  Prolastin-C Liquid 5,000 mg, J0256 x 500 JZ.  GAPS: no weight anywhere
# (patient_weight missing -> dose_matches_weight missing) and no infusion stop time.
# Styles: (3) pre-bill audit worksheet with N items and auditor comments; template infusion record;
# template progress note with unresolved placeholders; old lab.

D1 = """CEDAR VALLEY PULMONARY CLINIC
PROGRESS NOTE                                          Date of service: 02/10/2026
Patient: WATTS, EUGENE L        Age/Sex: 79 y / M       MRN: CV-0077314
Attending: Naomi Feld, DO       Visit: established, 3-month follow-up (infusion day)

Chief complaint: alpha-1 follow-up

HPI: Mr. Watts comes with his daughter from his assisted-living apartment by wheelchair van. He
has been a wheelchair user since his right MCA stroke in 03/2024 (residual left hemiparesis). He
has alpha-1 antitrypsin deficiency (PI*ZZ) with COPD/emphysema and has been on weekly
Prolastin-C Liquid since 2019. Facility staff report no exacerbations since last summer, no
antibiotics, no prednisone. He uses his nebulizer twice a day and the albuterol rarely. Appetite
fair. No falls. Former smoker, 40 pack-years, quit 1998.

Vitals: BP 148/82   HR 72   RR 18   SpO2 93% 2 L NC   Temp 36.6 C   Wt: ***   BMI: ***
Exam: thin elderly man in wheelchair, NAD. Decreased breath sounds throughout, no wheeze. Left
hemiparesis, stable. Trace ankle edema bilaterally.

Data: Spirometry 11/2025 (seated): FEV1 0.84 L (36% predicted), FEV1/FVC 0.41. CT 2023:
panlobular emphysema, lower lobes.

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) -- on augmentation since 2019; responding:
   stable FEV1 over 2 years, no exacerbation in > 6 months, no infusion reactions. Continue
   Prolastin-C Liquid 60 mg/kg IV weekly (standing order 5,000 mg = 4,000 mg + 1,000 mg vials).
   Weight needed for dose check -- chair scale out of service; obtain at facility.
2. COPD with emphysema (J43.1) -- continue budesonide 0.5 mg / formoterol 20 mcg nebulized BID,
   ipratropium-albuterol neb q6h PRN, O2 2 L continuous.
3. History of CVA -- aspirin 81 mg, atorvastatin 80 mg, per neurology.
4. Hypertension -- amlodipine 10 mg daily, hydrochlorothiazide 25 mg daily.
5. Chronic kidney disease stage 3a -- creatinine 1.4 mg/dL 01/2026; monitor.
6. Depression -- mirtazapine 15 mg qHS.

Medications: Prolastin-C Liquid 60 mg/kg IV weekly; budesonide 0.5 mg/2 mL neb BID; formoterol
20 mcg/2 mL neb BID; ipratropium-albuterol 0.5/2.5 mg/3 mL neb q6h PRN; aspirin 81 mg daily;
atorvastatin 80 mg daily; amlodipine 10 mg daily; hydrochlorothiazide 25 mg daily; mirtazapine
15 mg qHS; docusate 100 mg BID; senna 8.6 mg qHS; acetaminophen 500 mg q6h PRN.

Follow-up: 3 months. Weekly infusion continues today.
Naomi Feld, DO -- signed 02/10/2026 13:05
"""

D2 = """CEDAR VALLEY PULMONARY CLINIC -- INFUSION ROOM
ALPHA-1 PROTEINASE INHIBITOR ADMINISTRATION RECORD
Patient: WATTS, EUGENE L        MRN CV-0077314        DOS: 02/10/2026
Ordering: N. Feld, DO           Product: Prolastin-C Liquid (alpha1-PI, human)
Dx: E88.01, J43.1

PRE-INFUSION
Arrival: 12:40 (wheelchair van, daughter present)
Weight: unable to obtain -- patient in wheelchair, chair scale out of service (ticket #4471)
Vitals 12:50: BP 148/82, HR 72, RR 18, SpO2 93% on 2 L NC, Temp 36.6 C
Screening: no fever, no new cough, no reaction last week. Allergies: NKDA.
Dose ordered: 60 mg/kg IV -- standing order 5,000 mg (vial-rounded)

PRODUCT
Vial 1: 4,000 mg/80 mL   Lot NG4C00218   Exp 2027-03-31
Vial 2: 1,000 mg/20 mL   Lot NG3T55107   Exp 2026-12-31
Verified by: B. Solis RN / T. Greer RN  13:08
Room-temperature equilibration: from 12:30

ACCESS
22 g PIV R forearm, 1 attempt, 13:12, NS 10 mL flush.

ADMINISTRATION
Dose given: 5,000 mg (100 mL)
Waste: 0 mg -- both vials fully used
Rate: pump set 5 mL/min (protocol max 0.08 mL/kg/min; weight unavailable)
Infusion start: 13:20
Infusion end:
Infusion completed. Pt tolerated well, no s/s of reaction.

POST-INFUSION
Vitals 13:45: BP 142/80, HR 70, SpO2 94% 2 L
Line d/c 13:52, catheter intact.
Discharged to wheelchair van 14:05 with daughter.

RN: Bianca Solis, RN   02/10/2026 14:10
"""

D3 = """CEDAR VALLEY PULMONARY CLINIC -- BUSINESS OFFICE / COMPLIANCE
PRE-BILL AUDIT WORKSHEET -- ALPHA-1 PI (J0256/J0257)
Auditor: Marcus Delacroix, RHIT, CCS      Audit date: 02/13/2026 09:40
Patient: WATTS, EUGENE L   Acct 55012-88   DOS: 02/10/2026   Payer: Medicare Part B (FFS)
Claim as queued: J0256 x 500 JZ | 96365 x 1 | Dx E88.01, J43.1, Z87.891
Documents reviewed: PN 02/10/26 (Feld), infusion administration record 02/10/26 (Solis),
lab 2018 (AAT/phenotype)

 ITEM                                                   Y/N/NA   DETAIL
 1  AATD dx documented                                    Y      E88.01, PI*ZZ (PN)
 2  Deficient genotype/phenotype on file                  Y      ZZ, 2018 lab
 3  Baseline AAT < 11 uM (57 mg/dL)                       Y      24 mg/dL (2018)
 4  Lung disease documented                               Y      emphysema/COPD, FEV1 36% pred
 5  Prior auth                                            NA     Medicare FFS
 6  Weight documented on DOS                              N      "unable to obtain"; PN Wt: ***
 7  Dose in mg (amount given)                             Y      5,000 mg
 8  Dose within 60 mg/kg +/- 10%                          N      cannot validate -- no weight
 9  Product / HCPCS match                                 Y      Prolastin-C Liquid -> J0256
10  Lot number(s)                                         Y      NG4C00218; NG3T55107
11  Expiration date(s), not expired                       Y      2027-03-31; 2026-12-31
12  Infusion start time                                   Y      13:20
13  Infusion stop time                                    N      field blank
14  Waste documented / modifier                           Y      0 mg, JZ
15  Units = ceil(mg / 10)                                 Y      500
16  Admin CPT supported                                   N      96365 needs start AND stop
17  Response to therapy in provider note                  Y      PN 02/10/26

AUDITOR COMMENTS
#6/#8: No weight anywhere in the reviewed documentation for this DOS or the visit note. The
standing order "5,000 mg" cannot be checked against 60 mg/kg. The physician note says to obtain
a weight at the facility; nothing received as of this audit.
#13/#16: Record says "Infusion completed" with no time. "Line d/c 13:52" and "Discharged 14:05"
are not the infusion stop time and cannot be used.

SUMMARY OF FINDINGS: 17 items -- 13 Y, 1 NA, 3 N (items 6/8 counted as one root cause).
Disposition: HOLD. Query sent to B. Solis, RN and N. Feld, DO on 02/13/2026 10:05 (weight
source, infusion stop time). A late entry must be a dated, timed addendum; do not alter the
original record. Re-audit on response.
"""

D4 = """TRI-STATE REFERENCE LABORATORY                            FINAL REPORT
Patient: WATTS, EUGENE L     DOB 01/27/1946     Sex M     MRN CV-0077314
Collected 08/06/2018 07:50   Reported 08/14/2018 12:33   Ordered by: FELD, NAOMI DO

ALPHA-1-ANTITRYPSIN, SERUM (nephelometry) ........ 24 mg/dL   LOW   [ref 90-200]
ALPHA-1-ANTITRYPSIN PHENOTYPE (IEF) ............... ZZ              [ref MM]
Comment: ZZ phenotype; severe deficiency range. Augmentation decisions rest with the treating
clinician.

Verified: J. Whitaker, MD
"""

CHART = {
    "chart_id": "b13-008",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-10", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-10", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-02-13", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2018-08-14", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-008",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "missing", "dose_administered": "met",
        "dose_matches_weight": "missing", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "missing",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 36},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "NG4C00218"},
        {"kind": "lot_number", "value": "NG3T55107"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "13:20"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAPS: no weight documented anywhere ('unable to obtain', 'Wt: ***', BMI ***) -> patient_weight "
        "missing and dose_matches_weight missing; 'Infusion end:' blank and 'Infusion completed' without a "
        "time -> infusion_times missing (line d/c 13:52, discharge 14:05, vitals 13:45 are not stop times). "
        "The audit worksheet restates values but adds none; its threshold '11 uM (57 mg/dL)' is policy text. "
        "Creatinine 1.4 mg/dL is not AAT. The query of 02/13 has no answer in the chart."
    ),
}

ARITH = {
    "dos": "2026-02-10", "product": "Prolastin-C Liquid",
    "weight_kg": None, "weight_source": "none documented",
    "dose_mg": 5000, "vials": ["4,000 mg/80 mL lot NG4C00218", "1,000 mg/20 mL lot NG3T55107"],
    "vial_total_mg": 5000, "waste_mg": 0,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 500, "jw_units_billed": 0,
    "lots": [{"lot": "NG4C00218", "exp": "2027-03-31"}, {"lot": "NG3T55107", "exp": "2026-12-31"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ("genotype:Z,Z", "d4", "ALPHA-1-ANTITRYPSIN PHENOTYPE (IEF) ............... ZZ"),
    ("serum_aat:24:mg/dL", "d4", "24 mg/dL   LOW"),
    ("lung_disease:copd", "d1", "COPD with emphysema (J43.1)"),
    ("lung_disease:emphysema", "d1", "panlobular emphysema, lower lobes"),
    ("fev1:36", "d1", "FEV1 0.84 L (36% predicted)"),
    ("dose:5000", "d2", "Dose given: 5,000 mg (100 mL)"),
    ("wastage:0", "d2", "Waste: 0 mg -- both vials fully used"),
    ("lot_number:NG4C00218", "d2", "Lot NG4C00218"),
    ("lot_number:NG3T55107", "d2", "Lot NG3T55107"),
    ("expiration_date:2027-03-31", "d2", "Exp 2027-03-31"),
    ("expiration_date:2026-12-31", "d2", "Exp 2026-12-31"),
    ("infusion_start:13:20", "d2", "Infusion start: 13:20"),
    ("response_to_therapy", "d1", "responding:\n   stable FEV1 over 2 years"),
    ("smoking_status:former", "d1", "Former smoker, 40 pack-years, quit 1998"),
    ("drug_product:Prolastin-C Liquid", "d2", "Product: Prolastin-C Liquid"),
]
