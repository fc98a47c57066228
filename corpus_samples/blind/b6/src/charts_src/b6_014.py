CHART = {
    "chart_id": "b6-014",
    "date_of_service": "2026-10-08",
    "payer": {"profile": "commercial", "name": "Premera Blue Cross"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 526, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-08-20", "text": """
PREMERA BLUE CROSS
Pharmacy Services - Medical Drug Review
PO Box 91059, Seattle WA 98111

August 20, 2026

Olympic Pulmonary & Infusion
Attn: Prior Authorization Dept.

RE: Member DESMOND F. ACHTERHOF   ID: PBC0048817204   DOB: 02/17/1966
Requested: Zemaira (alpha1-proteinase inhibitor) J0256, 600 units/week
Reference #: APL-2026-0820-4471

NOTICE OF ADVERSE DETERMINATION (DENIAL)

We reviewed the request for continued coverage of Zemaira. The request
is DENIED because the information we received does not show that the
member meets our medical policy (Alpha-1 Proteinase Inhibitors, 5.01.520):
  - Documentation of current smoking status was not submitted.
    (Policy: current smokers are not eligible.)
  - Spirometry within the past 12 months was not submitted.
    (Policy: FEV1 between 25% and 80% predicted.)
Other criteria: AAT < 11 umol/L and a severe-deficiency genotype (e.g.
PI*ZZ, PI*Z/null) were met by records on file.

You may appeal within 180 days. Send records to the fax below and include
the reference number. An expedited appeal is available if waiting could
seriously jeopardize the member's health.

Fax: 1-888-555-0147    Phone: 1-888-555-0146
"""},
        {"id": "d2", "type": "other", "date": "2026-09-15", "text": """
PREMERA BLUE CROSS
Appeals & Grievances Department

September 15, 2026

RE: Desmond F. Achterhof    ID: PBC0048817204
Appeal Reference #: APL-2026-0820-4471

APPEAL DECISION: OVERTURNED - APPROVED

After review of the additional records (pulmonary note 08/28/2026 with
smoking history, spirometry 08/2026), the prior denial is overturned.

Authorization #: 9120-5578-44
Drug/code: Zemaira, J0256, up to 600 units per week
Dates: 09/15/2026 through 09/14/2027
Site of care: Olympic Pulmonary & Infusion (office, POS 11)

Reviewed by: Marjorie Kettle, PharmD, and Alan Wirth, MD (Pulmonology)
"""},
        {"id": "d3", "type": "progress_note", "date": "2026-10-08", "text": """
OLYMPIC PULMONARY & INFUSION
Clinic Note                                    Visit date: 10/08/2026
Desmond F. Achterhof    60 y.o. male    DOB 02/17/1966    MRN 7710442
Provider: Ingrid Solheim, MD

SUBJECTIVE
Here before his weekly Zemaira. Insurance coverage resumed 09/15 after
appeal (infusions 08/27-09/10 were self-paid/held - see financial notes).
Alpha-1 antitrypsin deficiency PI*ZZ, diagnosed 2017 (AAT 28 mg/dL by
nephelometry), with emphysema and COPD. On augmentation since 2017.
Reports stable breathing; no exacerbations in 2026 (had 3 in 2016 before
therapy); hikes 3-4 miles on flat trails. Tolerating Zemaira well - no
reactions. Former smoker: quit 2011, 30 pack-years; no relapse.

Medications: Breztri Aerosphere 2 puffs BID; albuterol prn; rosuvastatin
10 mg; tamsulosin 0.4 mg; Zemaira IV weekly.

OBJECTIVE
BP 128/80   HR 72   RR 16   T 36.6   SpO2 95% RA
Wt 90.7 kg (200 lb)   Ht 185 cm   BMI 26.5
Chest: decreased breath sounds, no wheeze.

Spirometry 08/21/2026 (post-BD): FEV1 1.52 L (36% pred), FEV1/FVC 0.38.
CT 2024: panlobular emphysema, lower zones; no change from 2021.

ASSESSMENT / PLAN
1. AATD PI*ZZ (E88.01) with panlobular emphysema (J43.1) and COPD
   (J44.9). Response to augmentation: stable - no exacerbations this
   year, FEV1 36% pred (38% in 2024), stable CT.
   Continue Zemaira 60 mg/kg IV weekly - dosing weight 90.7 kg
   (calc 5,442 mg; pharmacy gives whole vials, actual potency per carton).
   Premera auth # 9120-5578-44 through 09/14/2027.
2. Smoking: former, abstinent 15 years - documented for payer.
3. RTC 6 months; spirometry 08/2027.

Ingrid Solheim, MD - electronically signed 10/08/2026 09:52
"""},
        {"id": "d4", "type": "infusion_record", "date": "2026-10-08", "text": """
OLYMPIC PULMONARY & INFUSION - MEDICATION ADMINISTRATION SUMMARY
Patient: ACHTERHOF, DESMOND F   MRN 7710442   Visit 10/08/2026
Allergies: No Known Allergies

Zemaira (alpha1-proteinase inhibitor, human) IV
  Order: 60 mg/kg, dosing weight 90.7 kg = 5,442 mg
  Product dispensed: 5 vials Zemaira, labeled actual potency 1,052 mg
                     per vial (nominal 1 g)
  Lot: P100364819    Exp: 11/30/2027    NDC 0053-7201-02
  Administered dose: 5,260 mg in 100 mL (entire contents of 5 vials)
  Waste: 0 mg
  Route: IV, L antecubital 22 g       Filter: 5 micron

MAR Actions
Time    Action              Rate         By
09:58   Pre-med: none ordered
10:20   Verified (pharm)                  T. Huang PharmD
10:34   New Bag             120 mL/hr    S. Park RN
10:44   Rate Change         240 mL/hr    S. Park RN
11:21   Stopped (infusion complete)      S. Park RN

Vitals: 10:30 BP 126/78 HR 72 | 10:50 BP 124/76 HR 70 | 11:25 BP 128/80 HR 70
Tolerated without reaction. IV removed 11:27. Discharged 11:35.
Next: 10/15/2026 10:30.
"""},
    ],
}

GOLD = {
    "chart_id": "b6-014",
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
        {"kind": "serum_aat", "value": 28, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 36},
        {"kind": "fev1", "value": 38},
        {"kind": "weight", "value": 90.7, "unit": "kg", "value_kg": 90.7},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "dose", "value": 5260},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100364819"},
        {"kind": "expiration_date", "value": "2027-11-30"},
        {"kind": "infusion_start", "value": "10:34"},
        {"kind": "infusion_end", "value": "11:21"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "9120-5578-44"},
    ],
    "notes": (
        "Payer denial letter + appeal-overturn approval letter + clinic note + medication administration summary. Complete. "
        "Dose is the actual-potency total 5 x 1,052 = 5,260 mg (stated as administered); 60 x 90.7 = 5442 -> -3.3% -> met. "
        "J0256 ceil(5260/10)=526 = 526 JZ, 'Waste: 0 mg' -> met. 'Wt 90.7 kg (200 lb)' is one weight. "
        "Traps: the denial's Reference # APL-2026-0820-4471 is not an authorization; the approval's Authorization # "
        "9120-5578-44 is. Policy text in the denial ('current smokers are not eligible', 'FEV1 between 25% and 80%', "
        "'AAT < 11 umol/L') is not patient data. Calculated 5,442 mg, nominal 1 g vials, rosuvastatin 10 mg, tamsulosin 0.4 mg, "
        "pharmacist verification 10:20, 'Rate Change' 10:44, vitals 10:30/10:50/11:25, IV removed 11:27, discharge 11:35, "
        "next 10/15 10:30. FEV1 38% (2024) is a historical value, also in range. [calc] dos_weight_kg=90.7"
    ),
}
