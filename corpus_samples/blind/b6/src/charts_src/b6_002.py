CHART = {
    "chart_id": "b6-002",
    "date_of_service": "2026-03-17",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Novitas JH)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 436, "modifiers": []},
        {"hcpcs": "J0256", "units": 46, "modifiers": ["JW"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-17", "text": """
Infusion Center Provider Visit
Saint Agnes Outpatient Infusion - Suite 2B
Patient: REYES-MORALES, ANA L
MRN: 004417826
DOB: 08/02/1964 (61 y)
Visit Date: 03/17/2026
Provider: Oliver Brandt, MD (Pulmonology)

Reason for Visit
Weekly alpha-1 augmentation (GLASSIA), monthly provider check

Vital Signs
Date/Time
BP
Pulse
Temp
SpO2
Weight
03/10/2026 09:02
122/76
80
36.6 C
95 %
73.1 kg
03/17/2026 08:47
128/74
82
36.7 C
94 %
72.6 kg
03/17/2026 10:18
124/70
78
36.8 C
95 %


Interval History
61 yo F with alpha-1 antitrypsin deficiency (PI*ZZ by SERPINA1
genotyping 01/2024) and emphysema. Started Glassia 02/2024. Reports
stable exercise tolerance on augmentation: still doing water aerobics
3x/week, no exacerbations since 10/2025, no antibiotics or steroids this
winter. Tolerating weekly Glassia well - no headaches, no rash.
Mild nasal congestion x3 days, afebrile.

Problem List
Problem
Status
Onset
Alpha-1-antitrypsin deficiency (E88.01)
Active
01/2024
Emphysema, unspecified (J43.9)
Active
2023
COPD, GOLD 3 (J44.9)
Active
2021
Osteopenia
Active
2022
GERD
Active

Medications
Medication
Sig
Umeclidinium-vilanterol 62.5-25 mcg
1 inhalation daily
Albuterol HFA 90 mcg
2 puffs q4h PRN
Omeprazole 20 mg
daily
Calcium + D 600 mg/800 IU
BID

Social
Former smoker, quit 2016 (28 pack-years). Retired school secretary.
Family: mother died COPD at 66; son (34) tested PI*MZ.

Pertinent Data
PFT 11/2025: FEV1 0.91 L, 38% predicted; FEV1/FVC 0.39.
AAT 01/09/2024: 5.1 umol/L (see lab export).

Assessment / Plan
AATD with emphysema, stable on augmentation.
- Continue Glassia 60 mg/kg IV weekly. Dose recalculated for today's
  weight: 60 x 72.6 = 4,356 mg -> pharmacy to prepare 4,360 mg
  (last week 4,380 mg for wt 73.1 kg).
- Nasal congestion likely viral; saline rinses, return precautions.
- DEXA due 2027.
- Next provider check 04/14/2026.

Electronically signed by Oliver Brandt, MD on 03/17/2026 at 09:14
"""},
        {"id": "d2", "type": "lab_report", "date": "2024-01-12", "text": """
Lab Results - Printable View
Patient: REYES-MORALES, ANA L   MRN: 004417826   DOB: 08/02/1964
Ordering Provider: Brandt, Oliver MD
Performing Lab: Saint Agnes Core Lab / Sendout: ARUP Laboratories

Component
Value
Flag
Reference Range
Units
Collected
Alpha-1-Antitrypsin, Serum
5.1
L
20.0 - 53.0
umol/L
01/09/2024 07:55
C-Reactive Protein
3.2

0.0 - 10.0
mg/L
01/09/2024 07:55
IgA
212

70 - 400
mg/dL
01/09/2024 07:55
ALT
18

0 - 35
U/L
01/09/2024 07:55

SERPINA1 Genotyping (PI*S and PI*Z)
Variant
Zygosity
Classification
c.1096G>A (p.Glu366Lys) - Z allele
Homozygous
Pathogenic
c.863A>T (p.Glu288Val) - S allele
Not detected
N/A

Interpretation
Two copies of the Z allele were detected (genotype PI*ZZ), consistent
with severe alpha-1 antitrypsin deficiency. This assay detects only the
S and Z alleles; rare and null alleles are not excluded.
Result reported 01/12/2024 14:40. Reviewed by K. Ostrowski, PhD, FACMG.
"""},
        {"id": "d3", "type": "infusion_record", "date": "2026-03-17", "text": """
"MAR Export","Encounter 7788120043","Saint Agnes Outpatient Infusion","Printed 03/17/2026 11:02"
"Admin Date","Admin Time","Order ID","Medication","Dose","Dose Unit","Route","Site","Action","Lot","Exp","Admin By","Comment"
"03/17/2026","08:58","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA) 60 mg/kg IV weekly","","","IV","","Pharmacist Verified","","","KDUNN RPH","calc 4356 mg; 5 vials 1 g/50 mL dispensed"
"03/17/2026","09:05","ORD-55013","acetaminophen 325 mg tablet","650","mg","PO","","Given","","","TNG RN","premed"
"03/17/2026","09:05","ORD-55015","loratadine 10 mg tablet","10","mg","PO","","Given","","","TNG RN","premed"
"03/17/2026","09:10","ORD-55014","sodium chloride 0.9% 250 mL","250","mL","IV","L AC","New Bag","","","TNG RN","KVO 20 mL/hr"
"03/17/2026","09:18","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","","","IV","L AC","Scanned","LA26B114","02/28/2027","TNG RN","barcode scan, 5 vials"
"03/17/2026","09:22","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","4360","mg","IV","L AC","Infusion Started","LA26B114","02/28/2027","TNG RN","218 mL via 5 micron in-line filter"
"03/17/2026","09:40","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","","","IV","L AC","Rate Verify","","","TNG RN","250 mL/hr, no s/s reaction"
"03/17/2026","10:14","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","4360","mg","IV","L AC","Infusion Stopped","LA26B114","02/28/2027","TNG RN","complete; 218 mL infused"
"03/17/2026","10:20","ORD-55014","sodium chloride 0.9% 250 mL","","","IV","L AC","Stopped","","","TNG RN","flushed, PIV removed 10:24"
"03/10/2026","09:25","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","4380","mg","IV","R FA","Infusion Started","LA25K902","11/30/2026","BWS RN",""
"03/10/2026","10:19","ORD-55012","alpha-1 proteinase inhibitor (GLASSIA)","4380","mg","IV","R FA","Infusion Stopped","LA25K902","11/30/2026","BWS RN","complete"
"Legend","TNG = Tanya N. Greer RN; BWS = Bradley W. Sato RN; KDUNN = Karen Dunn PharmD"
"""},
        {"id": "d4", "type": "other", "date": "2026-03-17", "text": """
Pharmacy IV Preparation and Waste Record
Saint Agnes Infusion Pharmacy (USP 797 compliant)
Patient: REYES-MORALES, ANA L   MRN: 004417826   Wt used: 72.6 kg (03/17/2026)

Rx
Product
NDC
Lot
Exp
Vials
Labeled mg/vial
RX-26-031766
Glassia 1 g/50 mL single-dose vial
0944-2884-02
LA26B114
02/28/2027
5
1000

Dose Calculation
Ordered
Calculated
Prepared
60 mg/kg
4356 mg
4360 mg (218 mL at 20 mg/mL)

Waste
Amount
Volume
Reason
Witness
640 mg
32 mL
partial vial (vial 5), single-dose, remainder discarded
M. Alvarez CPhT

Prepared 03/17/2026 09:01 by K. Dunn, PharmD; checked 09:03 J. Patel, PharmD.
Bag label: GLASSIA 4360 mg / 218 mL, BUD 03/17/2026 12:01 (3 h from entry).
Billing note: J-code and units per chargemaster CDM 25080044.
"""},
    ],
}

GOLD = {
    "chart_id": "b6-002",
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
        "wastage_documented": "conflict",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 38},
        {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6},
        {"kind": "weight", "value": 73.1, "unit": "kg", "value_kg": 73.1},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 4360},
        {"kind": "wastage", "value": 640},
        {"kind": "lot_number", "value": "LA26B114"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "infusion_start", "value": "09:22"},
        {"kind": "infusion_end", "value": "10:14"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "HTML-to-text exports (one cell per line: vitals, problem list, labs, pharmacy prep) + CSV MAR. "
        "Gaps: (1) code_selection conflict: product is Glassia (J0257) but both lines billed J0256. "
        "(2) wastage conflict: waste 640 mg documented, JW units should be floor(640/10)=64, billed 46. "
        "units_match_dose: J0256 administered units 436 = ceil(4360/10)=436 -> met (checked per the code on the line). "
        "Dose 4360 vs 60 x 72.6 = 4356 -> 0.1% -> met. Weight nearest DOS 72.6 kg (03/17 08:47 row); 73.1 kg "
        "is last week's row (historical weight finding). The blank weight cell in the 10:18 vitals row documents nothing. "
        "Traps: calc 4356 mg, previous visit 4380 mg and lot LA25K902 (03/10 CSV rows, not this encounter), "
        "pharmacist verification 08:58, premeds acetaminophen 650 mg / loratadine 10 mg, NS KVO 09:10, barcode scan 09:18, "
        "'Rate Verify' 09:40, NS stop 10:20, PIV removed 10:24, BUD 12:01 (not expiration), vial 1 g/50 mL, 1000 mg/vial. "
        "Son PI*MZ and mother COPD are family. IgA 212 mg/dL and CRP are other labs. Reference range 20.0-53.0 umol/L is not a result. "
        "[calc] dos_weight_kg=72.6"
    ),
}
