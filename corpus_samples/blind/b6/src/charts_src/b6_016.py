CHART = {
    "chart_id": "b6-016",
    "date_of_service": "2026-10-21",
    "payer": {"profile": "medicare", "name": "Medicare Part B (CGS J15)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 512, "modifiers": []},
        {"hcpcs": "J0257", "units": 88, "modifiers": ["JW"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-09-30", "text": """
Richland Memorial Hospital - Pulmonary Clinic                     *Live*
Run Date: 09/30/26   Run Time: 1610
Patient: LINDQVIST,HAROLD E      Acct: V00114318822   Unit: M000882143
Age/Sex: 74/M      Provider: Vance,Priya MD      Location: PULM CLINIC
Document: Clinic Progress Note      Status: Signed

Chief Complaint: semiannual alpha-1 visit

History of Present Illness
74 yo M, never smoker, retired postal carrier, with alpha-1 antitrypsin
deficiency (PiZZ) diagnosed 2009 when he presented with dyspnea at age 57.
Pre-treatment AAT measured by radial immunodiffusion at an outside lab.
On Glassia weekly at our outpatient infusion unit since 2018 (augmented
at a Columbia SC center 2009-2018). Reports he is "holding his own": walks 30 min daily, no
hospitalizations, one exacerbation in 02/2026 (prednisone burst). On
augmentation his FEV1 decline has slowed to about 30 mL/yr (vs 90 mL/yr
2006-2009 before therapy). Infusions well tolerated.

Vital Signs
Temp 36.7 | Pulse 68 | Resp 16 | BP 142/80 | SpO2 94% RA
Weight 86.1 kg | Height 180 cm | BMI 26.6

Medications
Tiotropium 2.5 mcg 2 puffs daily; fluticasone/salmeterol 250/50 1 inh
BID; albuterol PRN; apixaban 5 mg BID (AFib); metoprolol succinate 50 mg
daily; Glassia IV weekly.

Pulmonary Data
PFT 09/2026: FEV1 1.79 L (55% pred), FEV1/FVC 0.47; DLCO 58%.
CT 2025: panlobular emphysema lower lobes; mild cylindrical
bronchiectasis RLL; no nodules.

Assessment
1. Alpha-1 antitrypsin deficiency, PiZZ - responding to augmentation
   (slowed FEV1 decline, stable symptoms).
2. Emphysema / COPD, moderate (GOLD 2).
3. Bronchiectasis, mild RLL - airway clearance with flutter PRN.
4. Paroxysmal AFib on apixaban.

Plan
Continue Glassia 60 mg/kg weekly, dose per current weight at infusion
unit. Flu vaccine today. Repeat PFT 09/2027. RTC 6 months.

Electronically Signed by Priya Vance, MD on 09/30/26 at 1622
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-10-21", "text": """
Richland Memorial Hospital   Outpatient Infusion Services        *Live*
Run Date: 10/21/26   Run Time: 1452
Patient: LINDQVIST,HAROLD E      Acct: V00114420917   Unit: M000882143
Age/Sex: 74/M      Attending: Vance,Priya MD      Location: OP INFUSION
Reg Date: 10/21/26      Status: DEP CLI

Interventions - Assessment (HTML export)
Date
Time
Intervention
Value
User
10/21/26
1231
Arrival / ID band verified
Yes
JMC
10/21/26
1235
Weight (kg)
85.3
JMC
10/21/26
1236
Vital signs
T 36.6 P 70 R 16 BP 138/78 SpO2 94%
JMC
10/21/26
1248
PIV insertion
22g L forearm, 1 attempt
JMC
10/21/26
1302
Glassia infusion start
5120 mg (256 mL) at 240 mL/hr via 5 micron filter
JMC
10/21/26
1330
Vital signs
P 68 BP 134/76 SpO2 95%
JMC
10/21/26
1408
Glassia infusion stop
Complete, 256 mL infused
JMC
10/21/26
1415
PIV removal
Intact, site clean
JMC
10/21/26
1422
Discharge
Ambulatory, with spouse
JMC

Medication Administration
Medication
Dose
Lot
Exp
Waste
Glassia (alpha1-PI, human) 1 g/50 mL - 6 vials dispensed
5120 mg
TVA2318F
07/31/2027
880 mg (44 mL) - partial 6th vial discarded

Pharmacy note (K. Oyelowo, RPh, 1240): Dosing wt 85.3 kg x 60 mg/kg =
5118 mg -> 5120 mg. Smallest vial combination: 6 x 1 g (5 vials = 5000 mg
insufficient).
JMC = Jolene M. Carver, RN
"""},
        {"id": "d3", "type": "lab_report", "date": "2009-06-12", "text": """
OUTSIDE RECORDS - TRANSCRIBED INTO CHART (scanned 2018)
Source: Carolina Reference Laboratory, Columbia SC
Patient: LINDQVIST, HAROLD E    DOB: 02/11/1952
Collected: 06/08/2009     Reported: 06/12/2009

TEST: ALPHA-1-ANTITRYPSIN, SERUM
      (method: radial immunodiffusion, RID)
RESULT: 58 mg/dL           LOW
REFERENCE: 150-350 mg/dL (RID)

TEST: ALPHA-1-ANTITRYPSIN PHENOTYPE (isoelectric focusing)
RESULT: PiZZ
REFERENCE: PiMM

Comment: Severe deficiency phenotype. By RID, the protective threshold
corresponds to approximately 80 mg/dL (11 umol/L). Recommend family
screening.
Transcribed by: HIM 03/14/2018 (document ID 18-0314-0092)
"""},
    ],
}

GOLD = {
    "chart_id": "b6-016",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 58, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "fev1", "value": 55},
        {"kind": "weight", "value": 85.3, "unit": "kg", "value_kg": 85.3},
        {"kind": "weight", "value": 86.1, "unit": "kg", "value_kg": 86.1},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 5120},
        {"kind": "wastage", "value": 880},
        {"kind": "lot_number", "value": "TVA2318F"},
        {"kind": "expiration_date", "value": "2027-07-31"},
        {"kind": "infusion_start", "value": "13:02"},
        {"kind": "infusion_end", "value": "14:08"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Meditech-style clinic note + Meditech infusion 'Interventions' exported HTML-to-text (one cell per line) + "
        "transcribed outside RID lab. Complete. Serum AAT 58 mg/dL measured by radial immunodiffusion: the RID threshold "
        "is 80 mg/dL, so 58 < 80 -> met (it would not be below the nephelometry threshold 57). Weight nearest DOS 85.3 kg "
        "(10/21); 86.1 kg (09/30) historical. 60 x 85.3 = 5118; dose 5120 -> met. J0257 administered 512 = ceil(5120/10); "
        "waste 880 mg -> JW floor(880/10)=88 = 88 -> met (medicare). Glassia on J0257 -> code met. Traps: pharmacy calc 5118 mg, '5 vials = 5000 mg', 6 vials dispensed, apixaban 5 mg, metoprolol 50 mg, arrival 1231, "
        "weight 1235, vitals 1236/1330, PIV 1248/1415, pharmacy 1240, discharge 1422, run time 1452, RID reference 150-350 and "
        "'~80 mg/dL (11 umol/L)' threshold comment. [calc] dos_weight_kg=85.3 rid=true"
    ),
}
