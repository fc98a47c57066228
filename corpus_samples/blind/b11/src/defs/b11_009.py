D1 = """
MAPLE GROVE FAMILY MEDICINE
ANNUAL WELLNESS VISIT / COMPLETE PHYSICAL
Patient: Eugene R. Hartmann   DOB: 09/27/1952 (73)   MRN: MG-301774   Date: 02/03/2026
Provider: Camille Ostrowski, MD   Payer: Medicare Part B + Medigap Plan G

CHIEF COMPLAINT: Annual physical; medication review.

INTERVAL HISTORY: Feels well. Weekly alpha-1 infusions continue at the hospital infusion center (pulm:
Dr. Yusuf Benali). No ED visits or admissions in 2025. He feels the infusions have kept him out of the
hospital - last exacerbation was in 2023 - and he still does his volunteer shifts at the food bank.
Knee pain unchanged; sugars "good". Sleeping 7 h. Mood good.

PROBLEM LIST (reviewed/updated)
  1.  Alpha-1-antitrypsin deficiency (E88.01), PI*ZZ - on augmentation, followed by pulmonary
  2.  Emphysema, panlobular (J43.1)
  3.  Type 2 diabetes mellitus without complication (E11.9) - A1c 6.9%
  4.  Essential hypertension (I10)
  5.  Hyperlipidemia (E78.5)
  6.  Hypothyroidism (E03.9)
  7.  GERD (K21.9)
  8.  Benign prostatic hyperplasia with LUTS (N40.1)
  9.  Primary osteoarthritis, both knees (M17.0)
  10. Osteopenia (M85.80) - DEXA 2024 T-score -1.9
  11. Pseudophakia both eyes (Z96.1), cataract surgery 2021
  12. Hearing loss, bilateral, uses hearing aids (H91.93)
  13. History of colon polyps (Z86.010) - colonoscopy 2021, next 2026
  14. Former tobacco use (Z87.891) - quit 1998, 30 pack-years
  15. Vitamin D deficiency, resolved

MEDICATIONS (reconciled today)
  metformin 1,000 mg PO BID
  empagliflozin 10 mg PO daily
  lisinopril 20 mg PO daily
  amlodipine 5 mg PO daily
  atorvastatin 40 mg PO nightly
  levothyroxine 88 mcg PO daily before breakfast
  omeprazole 20 mg PO daily
  tamsulosin 0.4 mg PO at bedtime
  alendronate 70 mg PO weekly (Sundays)
  cholecalciferol 2,000 IU PO daily
  acetaminophen 500 mg 1-2 tabs PO q8h prn knee pain
  tiotropium (Spiriva HandiHaler) 18 mcg inhaled daily
  albuterol HFA 90 mcg 2 puffs q4-6h prn
  Prolastin-C Liquid IV weekly (infusion center; dose per pulmonary, roughly 4,700 mg)

ALLERGIES: lisinopril cough? - no, tolerating; ragweed (seasonal rhinitis). NKDA.

PREVENTIVE
  Influenza 10/2025 (pharmacy). PCV20 2023. Tdap 2019. Shingrix dose 1 12/2025.
  Shingrix dose 2 GIVEN TODAY: L deltoid IM, lot 7K2P9, exp 01/14/2027, VIS given.
  Colonoscopy due 2026 - referral placed. AAA screening: done 2018, normal. Lung cancer screening: not
  eligible (quit > 15 yr). Falls screen negative. Advance directive on file.

VITALS: BP 132/76  HR 68  T 36.7  RR 14  SpO2 94% RA  Wt 172 lb  Ht 5'10"  BMI 24.7
EXAM: Well appearing. HEENT normal. Lungs: decreased breath sounds diffusely, no wheeze. Heart RRR,
no murmur. Abd benign. Ext: bony enlargement both knees, no edema. Feet: monofilament intact, pulses 2+.

LABS (01/27/2026): A1c 6.9%; LDL 74 mg/dL; TSH 2.1; eGFR 68; K 4.4; urine albumin/creat 18 mg/g;
CBC normal (Hgb 14.1).

ASSESSMENT/PLAN
  - AATD with emphysema: stable, continue augmentation per Dr. Benali; no changes.
  - DM2 at goal, continue; eye exam due 04/2026.
  - HTN at goal. HLD at goal. Hypothyroid - continue 88 mcg.
  - Osteopenia - continue alendronate, recheck DEXA 2026.
  - Colonoscopy referral.
  - Return 6 months or prn.

Camille Ostrowski, MD   signed 02/03/2026 12:41
"""

D2 = """
Maple Grove Hospital Laboratory - Final Report
HARTMANN, EUGENE R   DOB 09/27/1952   MRN MG-301774
Collected 05/08/2017 10:02   Reported 05/16/2017 11:35   Ordered by Y. Benali MD

Alpha-1-antitrypsin, quantitative .......... 27 mg/dL       [90-200]  LOW
Alpha-1-antitrypsin genotype (S and Z alleles, PCR):
    PI*S allele ............................ not detected
    PI*Z allele ............................ detected, homozygous
    Genotype ............................... PI*ZZ
    Comment: consistent with severe AAT deficiency. Rare and null alleles are not detected by this
    assay.
C-reactive protein, high sensitivity ...... 1.8 mg/L
Hepatic function panel:
    AST ..................................... 22 U/L          [10-40]
    ALT ..................................... 18 U/L          [7-56]
    Alkaline phosphatase .................... 91 U/L          [40-129]
    Bilirubin, total ........................ 0.7 mg/dL       [0.2-1.2]
    Albumin ................................. 4.2 g/dL        [3.5-5.2]
Immunoglobulin A ........................... 240 mg/dL       [70-400]

Specimen comments: serum x1 (AAT, IgA, hepatic), EDTA whole blood x1 (genotype).
Genotype performed at reference lab (Mayo Clinic Laboratories), reported 05/16/2017.
This test was developed and its performance characteristics determined by the performing laboratory.

Electronically verified by M. Garza, MLS(ASCP)
"""

D3 = """
MAPLE GROVE HOSPITAL INFUSION CENTER
Infusion Visit Record           Visit date: 02/05/2026         Chair: 3
Pt: HARTMANN, EUGENE R    MRN MG-301774    DOB 09/27/1952
Ordering MD: Yusuf Benali, MD     Therapy: Prolastin-C Liquid 60 mg/kg IV weekly

PRE-INFUSION CHECKLIST
 [X] 2 identifiers    [X] allergies reviewed (NKDA)    [X] consent on file (annual, 01/2026)
 [X] afebrile, no active infection     [X] no change in resp status
 Weight: 78.2 kg (172.4 lb)    Dose check: 60 x 78.2 = 4,692 mg -> 4,700 mg ordered
 VS 0915: T 36.6  HR 70  BP 134/78  RR 16  SpO2 94%

ACCESS: PIV 22g R hand, placed 0921, flushed.

PRODUCT
 Prolastin-C Liquid 4,000 mg/80 mL   Lot S4BK0091   Exp 02/2027   (full vial)
 Prolastin-C Liquid 1,000 mg/20 mL   Lot S4AM0310   Exp 09/2026   (14 mL used)
 Total administered: 4,700 mg (94 mL)
 Discarded: 6 mL = 300 mg from the 1,000 mg vial (single-use), wasted per policy, witness: D. Frey RN

ADMINISTRATION
 Start 0935     End 0954     Rate ~6.3 mL/min (0.08 mL/kg/min)
 Flush NS 20 mL 0955.

POST
 VS 1000: HR 72  BP 130/76  SpO2 95%
 No reaction. PIV removed 1004. Discharged 1010.

CHARGES
 J0256 x 4700
 J0256-JW x 30
 96365 x 1
Signed: Shauna Kilbride, RN   02/05/2026 1018
"""

CHART = {
    "chart_id": "b11-009",
    "date_of_service": "2026-02-05",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 4700, "modifiers": []},
        {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-03", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2017-05-16", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-05", "text": D3},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 78.2, "dose_mg": 4700, "waste_mg": 300,
         "expirations": ["2027-02", "2026-09"], "start": "09:35", "end": "09:54",
         "products": ["Prolastin-C Liquid"]}

GOLD = {
    "chart_id": "b11-009",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "conflict", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 27, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "weight", "value": 172, "unit": "lb", "value_kg": 78.0},
        {"kind": "weight", "value": 78.2, "unit": "kg", "value_kg": 78.2},
        {"kind": "dose", "value": 4700},
        {"kind": "wastage", "value": 300},
        {"kind": "lot_number", "value": "S4BK0091"},
        {"kind": "lot_number", "value": "S4AM0310"},
        {"kind": "expiration_date", "value": "2027-02"},
        {"kind": "expiration_date", "value": "2026-09"},
        {"kind": "infusion_start", "value": "09:35"},
        {"kind": "infusion_end", "value": "09:54"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gap chart (medicare), 1 gap: administered line billed J0256 x 4700 (mg keyed as units; J0256 is "
        "10 mg/unit) but ceil(4700/10) = 470 -> units_match_dose conflict. JW line 30 = floor(300/10) with "
        "300 mg (6 mL) waste documented -> wastage met. DOS weight 78.2 kg (172.4 lb same weight); 60 x 78.2 "
        "= 4692; given 4700 mg (+0.2 %). Lots S4BK0091 exp 02/2027 and S4AM0310 exp 09/2026, both after DOS. "
        "Start 0935 / End 0954. Response in the PCP annual physical (progress_note): infusions have kept him "
        "out of the hospital, last exacerbation 2023. Traps: AATD buried in a 15-item problem list and a "
        "14-drug med list (metformin 1,000 mg, alendronate 70 mg weekly, cholecalciferol 2,000 IU, etc.); "
        "PCP's 'roughly 4,700 mg' is not the administration; Shingrix lot 7K2P9 exp 01/14/2027 is a vaccine "
        "lot, not A1PI; PCP weight 172 lb (78.0 kg) is a weight finding but the DOS weight is 78.2 kg; "
        "'4,692 mg' calculation; vial sizes 4,000/1,000 mg, 80/20 mL; PI*S 'not detected' adds no S; "
        "reference [90-200]; A1c 6.9 %, LDL 74, DEXA -1.9; VS 0915/1000, PIV 0921, flush 0955, PIV out 1004, "
        "discharge 1010; 'lisinopril cough? - no' is not a finding of any kind."
    ),
}
