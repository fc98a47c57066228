"""b28-004: medicare, 1 gap. Styles (2) sideways infusion flowsheet (dd-Mon-yyyy dates, downtime manual
product entry) + (5) UK consultant's clinic letter (g/L and umol/L, stones, British spelling, day-first
dates), plus a US pulmonology note. Zemaira 4 g kit (3,912 mg) + 1 g vial (1,046 mg) = 4,958 mg; the 1 g
vial expired 28-Feb-2026, DOS 03-Mar-2026. J0256 496 JZ."""

CHART_ID = "b28-004"
DOS = "2026-03-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Original) + Medigap Plan G"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 496, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
BUCKEYE VALLEY HEALTH - INFUSION CENTER                    Flowsheet: IV Therapy (landscape print)
HARGREAVES, EILEEN M     MRN BVH-3308815     DOB 22-Jul-1954 (71 F)     FIN 26-0330-1182
Service date: 03-Mar-2026    Area: Infusion Bay B-4    Ordering: Dana Whitcombe-Ruiz, MD
Wt 81.2 kg (179 lb 0 oz) measured 03-Mar-2026 09:52    Ht 165 cm
Order: ZEMAIRA (alpha1-proteinase inhibitor, human) 60 mg/kg IV every 7 days; dose to actual vial potency
NOTE: BCMA downtime 09:00-11:30 - product data entered manually from carton labels

                          03-Mar-2026
Parameter               | 0952   | 1002   | 1015   | 1021   | 1026   | 1031   | 1036   | 1106   | 1112
------------------------+--------+--------+--------+--------+--------+--------+--------+--------+-------
Event                   | arrive | PIV    | recon  | infuse | rate   |        | infuse | obs    | disch
                        | wt/VS  | 22G R  | check  | begin  | verif  |        | end    | done   |
Rate (mL/hr)            |        | KVO    |        | 390    | 390    | 390    | --     |        |
Volume infused (mL)     |        |        |        | 0      | 33     | 65     | 96     |        |
Dose infused (mg)       |        |        |        |        |        |        | 4958   |        |
BP (mmHg)               | 148/86 |        |        | 144/84 | 140/82 | 138/80 | 136/80 | 134/78 | 132/78
HR (bpm)                | 82     |        |        | 80     | 79     | 78     | 78     | 76     | 76
SpO2 (%)                | 92     |        |        | 93     | 93     | 93     | 94     | 94     | 93
Site check              |        | intact | intact | intact | intact | intact | intact | intact | d/c
Pain (0-10)             | 0      |        |        | 0      |        |        | 0      |        | 0
------------------------+--------+--------+--------+--------+--------+--------+--------+--------+-------

Products (manual entry, 1015):
  ZEMAIRA 4 g kit   label potency 3,912 mg   Lot P100644519   Exp 30-Apr-2027
  ZEMAIRA 1 g vial  label potency 1,046 mg   Lot P100587702   Exp 28-Feb-2026
  Sterile water diluent 76 mL / 20 mL, lots SW25-1187 / SW25-1202
  Both reconstituted with Mix2Vial and pooled; 96 mL via 5 micron filter; waste 0 mg (pooled volume
  infused completely). Rate 0.08 mL/kg/min.
Other meds: cetirizine 10 mg PO 0955 (pt request, seasonal). NS flush 10 mL 1003, 1037.
Comment (T. Albrecht, RN 1115): tolerated, no reaction. Next appointment 10-Mar-2026 0945.
"""

D2 = """
Respiratory Medicine - Alpha-1 Antitrypsin Deficiency Service
Queen Elizabeth Hospital Birmingham, Mindelsohn Way, Edgbaston, Birmingham B15 2GW

Dictated: 14 November 2024        Typed: 19 November 2024        Clinic date: 14 November 2024

Dr R. Whitcombe, The Harborne Surgery, Birmingham

Dear Dr Whitcombe,

Re: Mrs Eileen Margaret HARGREAVES, DOB 22 July 1954, NHS No. 4xx xxx xxxx

Diagnoses:
1. Alpha-1 antitrypsin deficiency, PiZZ (phenotyped 2013, genotyped 2014)
2. Panacinar emphysema, lower-zone predominant
3. Bronchiectasis, mild, right lower lobe (CT 2021)
4. Haemoptysis (small volume, 2022) - investigated, resolved, no recurrence
5. Osteopenia

Results:
  Serum alpha-1 antitrypsin 0.29 g/L (reference 1.1-2.1 g/L), 3 June 2013
  Repeat alpha-1 antitrypsin 5.4 µmol/L, 11 March 2019 (our laboratory now reports in µmol/L)
  FEV1 1.21 L (52% predicted), FVC 2.70 L (104%), TLCO 41% predicted - 6 November 2024
  Weight 83.5 kg (13 st 2 lb), BMI 30.7

I reviewed Mrs Hargreaves in the AATD clinic today. She remains breathless on one flight of stairs (MRC
grade 3) and has needed two courses of antibiotics and prednisolone since May, with no further
haemoptysis. She has been an ex-smoker since 1998.

As you know, intravenous augmentation therapy is not routinely commissioned within the NHS and she has
not received it here. She and her husband are relocating to Ohio in the new year to be near their
daughter, and she intends to pursue weekly augmentation there. Were she to start, the licensed dose
would be 60 mg/kg weekly - roughly 5 g at her present weight. I have enclosed her results.

She completed a pulmonary rehabilitation programme (8 weeks, autumn 2023) and I have encouraged her to
keep up the home exercise programme. Her son (aged 44) has been tested: PiMZ, level 0.92 g/L; I have
advised him about smoking.

Plan:
- Continue Trimbow two puffs twice daily; salbutamol as required
- Rescue pack: amoxicillin and prednisolone 30 mg for 5 days
- Discharged from the AATD clinic on relocation; copy of this letter to the patient

Yours sincerely,

Dr Alistair Pemberton MD FRCP, Consultant Respiratory Physician
"""

D3 = """
BUCKEYE VALLEY PULMONARY & CRITICAL CARE - PROGRESS NOTE
Date of visit: 02/10/2026     Dana Whitcombe-Ruiz, MD
Pt: Eileen M. Hargreaves, 71 F (relocated from Birmingham, UK, 01/2025)

Subjective: Returns 6 months after starting weekly Zemaira (first dose 08/12/2025). She reports she
has not had a single chest infection since starting, versus two courses of prednisolone in the six
months before, and she is managing her garden again. No infusion reactions. Ex-smoker (quit 1998).
She asked whether her son (PiMZ) should be on infusions - no.

Objective: BP 138/82, HR 80, SpO2 93% RA. Wt 80.9 kg. Decreased breath sounds at both bases,
no crackles. Spirometry today: FEV1 1.18 L (51% predicted), FEV1/FVC 0.44.

Records reviewed: UK letter 11/2024 (PiZZ, AAT 0.29 g/L in 2013, panacinar emphysema, mild RLL
bronchiectasis).

Assessment/Plan:
1. AATD, PI*ZZ, with panacinar emphysema - responding well to augmentation: no exacerbations in 6
   months, FEV1 stable vs the 11/2024 UK value. Continue Zemaira 60 mg/kg IV weekly.
2. Bronchiectasis - airway clearance with flutter valve; sputum culture if purulent.
3. Continue Trelegy (US substitute for Trimbow); albuterol prn.
Follow-up 6 months with PFTs/DLCO.
                                         Dana Whitcombe-Ruiz, MD  02/10/2026 15:18
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "other", "date": "2024-11-19", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": D3},
]

HDR = "Parameter               | 0952   | 1002   | 1015   | 1021   | 1026   | 1031   | 1036   | 1106   | 1112"

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency, PiZZ (phenotyped 2013, genotyped 2014)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "AATD, PI*ZZ"},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "_doc": "d2", "_ev": "Serum alpha-1 antitrypsin 0.29 g/L"},
    {"kind": "serum_aat", "value": 5.4, "unit": "uM", "_doc": "d2", "_ev": "Repeat alpha-1 antitrypsin 5.4 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Panacinar emphysema, lower-zone predominant"},
    {"kind": "lung_disease", "value": "bronchiectasis", "_doc": "d2", "_ev": "Bronchiectasis, mild, right lower lobe"},
    {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2, "_date": "2026-03-03", "_doc": "d1",
     "_ev": "Wt 81.2 kg (179 lb 0 oz) measured 03-Mar-2026"},
    {"kind": "weight", "value": 80.9, "unit": "kg", "value_kg": 80.9, "_date": "2026-02-10", "_doc": "d3",
     "_ev": "Wt 80.9 kg"},
    {"kind": "weight", "value": 83.5, "unit": "kg", "value_kg": 83.5, "_date": "2024-11-14", "_doc": "d2",
     "_ev": "Weight 83.5 kg (13 st 2 lb)"},
    {"kind": "dose", "value": 4958, "_doc": "d1",
     "_ev": "Dose infused (mg)       |        |        |        |        |        |        | 4958   |", "_hdr": HDR},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "waste 0 mg (pooled volume\n  infused completely)"},
    {"kind": "lot_number", "value": "P100644519", "_doc": "d1", "_ev": "Lot P100644519"},
    {"kind": "lot_number", "value": "P100587702", "_doc": "d1", "_ev": "Lot P100587702"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "Lot P100644519   Exp 30-Apr-2027"},
    {"kind": "expiration_date", "value": "2026-02-28", "_doc": "d1", "_ev": "Lot P100587702   Exp 28-Feb-2026"},
    {"kind": "infusion_start", "value": "10:21", "_doc": "d1",
     "_ev": "                        | wt/VS  | 22G R  | check  | begin  |",
     "_hdr": HDR},
    {"kind": "infusion_end", "value": "10:36", "_doc": "d1",
     "_ev": "| infuse | obs    | disch\n                        | wt/VS  | 22G R  | check  | begin  | verif  |        | end    |",
     "_hdr": HDR},
    {"kind": "fev1", "value": 52, "_doc": "d2", "_ev": "FEV1 1.21 L (52% predicted)"},
    {"kind": "fev1", "value": 51, "_doc": "d3", "_ev": "FEV1 1.18 L (51% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3",
     "_ev": "responding well to augmentation: no exacerbations in 6\n   months"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "She has been an ex-smoker since 1998"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "ZEMAIRA 4 g kit   label potency 3,912 mg"},
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
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-03",
    "weight": {"value": 81.2, "unit": "kg", "kg": 81.2, "date": "2026-03-03"},
    "dose_mg": 4958,
    "target_mg": 4872.0,
    "tolerance_mg": 487.2,
    "deviation_pct": 1.77,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 496,
    "units_billed": 496,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-04-30", "2026-02-28"],
    "expiration_ok": False,
}

NOTES = """
Gap: expiration_date conflict - the 1 g vial (lot P100587702) is recorded "Exp 28-Feb-2026", before the
03-Mar-2026 DOS (entered manually during BCMA downtime). Sideways flowsheet: start/stop are the Event-row
cells "infuse begin" (1021) and "infuse end" (1036); arrive 0952, PIV 1002, recon check 1015, obs 1106,
discharge 1112 are not. Dose 4,958 mg = label potencies 3,912 + 1,046 mg; ceil(495.8) = 496 units.
Style-5 traps: weight "81.2 kg (179 lb 0 oz)" is one weighing; UK "83.5 kg (13 st 2 lb)" (2024) is one
weighing, listed; serum 0.29 g/L (2013) and 5.4 µmol/L (2019) are two measurements, both listed; son PiMZ
0.92 g/L (family); "roughly 5 g" hypothetical; rehabilitation programme; prednisolone 30 mg; reference
1.1-2.1 g/L. Other traps: diluent lots, cetirizine 10 mg at 0955, flush times, next appointment.
"""
