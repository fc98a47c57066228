# b7-014: office infusion practice; the DOS progress note carries a block copied forward from the 01/06 note
# (with that visit's infusion times and lot), while today's nursing record leaves start/stop blank.
# Medicare Part B, J2252 with 1-mg units (correct count), JZ. Gap: infusion_times missing.

NOTE = """
Piedmont Pulmonary & Allergy   |   Office Visit
Patient: Thaddeus Mbeki-Larkin    DOB: 02/11/1956    Chart #: PPA-18830
Visit date: 01/20/2026    Rendering: Corinne Vasquez-Hale, MD
Primary insurance: Medicare Part B (Palmetto GBA)   Secondary: Tricare For Life

Visit type: Augmentation infusion + provider check (every 2 weeks provider sees pt)

Interval history (01/20/2026): Pt seen in infusion room. Feels well. No fevers, no
change in sputum. Went to his granddaughter's wedding in Charlotte, danced "a little."
He continues to do well on augmentation - no exacerbations at all in 2025 (had 2 in
2023, the year before starting), walks a mile on the greenway 4-5 days a week.
Weekly infusion given today in office, see nursing administration record.

Vitals today: BP 130/76 | P 70 | SpO2 95% RA | Wt 79.8 kg

----- Copied from note dated 01/06/2026 (C. Vasquez-Hale, MD) -----
Exam: Lungs with mildly diminished bases, no wheezes or crackles. Heart RRR. No edema.
Infusion: Prolastin-C Liquid 5,000 mg IV. Start 10:32, end 10:50. Lot PLC3J7781,
exp 09/2026. Tolerated without reaction.
Wt 80.6 kg. Plan: continue weekly; flu shot given 10/2025.
----- End copied text -----

Assessment & Plan:
1. Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ, with emphysema (J43.9) - on weekly
   Prolastin-C Liquid since 03/2024; clinically stable as above. Continue.
2. COPD maintenance: Stiolto Respimat 2 puffs daily; albuterol PRN.
3. HTN: lisinopril 10 mg daily; BP at goal.
4. Former smoker (quit 2010, 35 pack-years) - annual LDCT due 04/2026.
Return: 2 weeks for provider check; weekly infusions continue.

Electronically signed: Corinne Vasquez-Hale, MD  01/20/2026 16:48
"""

NURSING = """
PIEDMONT PULMONARY & ALLERGY - INFUSION ROOM
Medication Administration Record
Patient: MBEKI-LARKIN, THADDEUS    DOB 02/11/1956    Date: 01/20/2026
Allergies: NKDA       Ht 177.8 cm     Wt 79.8 kg (10:20, chair scale)

Order: Prolastin-C Liquid (alpha1-PI, human) 60 mg/kg IV weekly
       Calc: 79.8 kg x 60 mg/kg = 4,788 mg -> dose 5,000 mg per protocol (+4.4%)
Product dispensed:  4,000 mg/80 mL vial  Lot PLC5L1120  Exp 12/31/2026
                    1,000 mg/20 mL vial  Lot PLC1K0419  Exp 10/31/2026
Bar-code scan (patient/product): 10:28
Dose administered: 5,000 mg (100 mL) IV via infusion pump
Route/site: PIV 22 g L forearm (placed 10:22)

Infusion start time: ______
Infusion stop time:  ______
Rate: 0.08 mL/kg/min (6.4 mL/min)

Vital signs:
  10:25  BP 128/76  HR 70  RR 16  SpO2 95%  T 36.6
  10:45  BP 126/74  HR 68  RR 16  SpO2 96%
  11:05  BP 130/76  HR 70  RR 16  SpO2 95%
Reaction: none. Pt tolerated infusion.
Waste: none - both vials fully used.
PIV removed, site clean. Pt discharged ambulatory 11:20.

RN: Beverly Oduya, RN   01/20/2026 11:26
"""

PRIOR = """
Piedmont Pulmonary & Allergy   |   Office Visit
Patient: Thaddeus Mbeki-Larkin    DOB: 02/11/1956    Visit date: 01/06/2026
Rendering: Corinne Vasquez-Hale, MD

Interval history (01/06/2026): Holidays uneventful. Mild URI 12/20, no antibiotics.
Vitals: BP 134/80 | P 72 | SpO2 94% RA | Wt 80.6 kg

Exam: Lungs with mildly diminished bases, no wheezes or crackles. Heart RRR. No edema.
Infusion: Prolastin-C Liquid 5,000 mg IV. Start 10:32, end 10:50. Lot PLC3J7781,
exp 09/2026. Tolerated without reaction.
Wt 80.6 kg. Plan: continue weekly; flu shot given 10/2025.

Meds: Stiolto Respimat 2 puffs daily, albuterol PRN, lisinopril 10 mg daily, aspirin
81 mg, tamsulosin 0.4 mg qHS, Prolastin-C Liquid weekly (office).
Nursing record reviewed; weekly infusion completed today.
ROS: no fever, chills, chest pain, leg swelling, dark urine or jaundice.

A&P: AATD PI*ZZ with emphysema on augmentation - stable. PFT 11/2025: FEV1 1.44 L (42%
predicted), DLCO 44%. Continue weekly infusions.
Electronically signed: Corinne Vasquez-Hale, MD  01/06/2026 15:10
"""

LAB = """
ATRIUM HEALTH LABORATORIES - REFERENCE RESULTS
Name: MBEKI-LARKIN, THADDEUS    DOB: 02/11/1956    Sex: M
Ordered by: Vasquez-Hale, Corinne MD     Received: 01/29/2024   Reported: 02/05/2024

Alpha-1 Antitrypsin, Quantitative (immunoturbidimetric)
   38 mg/dL          LOW          [reference 90 - 200 mg/dL]
Alpha-1 Antitrypsin, Genotype (PCR; detects S and Z)
   S allele:  not detected
   Z allele:  two copies detected
   Genotype:  PI*Z,Z (ZZ)
   Interpretation: Homozygous PI*Z. Severe alpha-1 antitrypsin deficiency.
C-Reactive Protein, high sensitivity
   1.8 mg/L                       [reference < 3.0 mg/L]
Hepatic Function Panel
   AST 27 U/L [10-40]   ALT 24 U/L [9-46]   Alk Phos 83 U/L [36-130]
   Bilirubin, total 0.9 mg/dL [0.2-1.2]   Albumin 4.3 g/dL [3.6-5.1]
IgA, Serum
   265 mg/dL                      [reference 70-400]
Comment: Specimen drawn before initiation of augmentation therapy.
Specimen type: serum; EDTA whole blood.   Lab director: Nadia Petrov, MD
"""

CHART = {
    "chart_id": "b7-014",
    "date_of_service": "2026-01-20",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 5000, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-20", "text": NOTE},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-20", "text": NURSING},
        {"id": "d3", "type": "progress_note", "date": "2026-01-06", "text": PRIOR},
        {"id": "d4", "type": "lab_report", "date": "2024-02-05", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-014",
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
        "infusion_times": "missing",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 42},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 79.8, "unit": "kg", "value_kg": 79.8},
        {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "PLC5L1120"},
        {"kind": "lot_number", "value": "PLC1K0419"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Gap: today's nursing record leaves 'Infusion start time: ______ / stop time: ______' blank; the only start/end "
        "times in the DOS note (10:32-10:50) sit inside the block 'Copied from note dated 01/06/2026' and belong to the "
        "01/06 visit (d3) -> no infusion_start/end findings for this encounter -> infusion_times missing. "
        "Likewise lot PLC3J7781 exp 09/2026 in the copied block is the 01/06 lot (not a DOS finding); DOS lots are "
        "PLC5L1120 (exp 2026-12-31) and PLC1K0419 (exp 2026-10-31). Weight nearest DOS 79.8 kg: 60 x 79.8 = 4788, "
        "tolerance 478.8 -> 4309.2..5266.8; dose 5000 -> met. J2252 is 1 mg/unit: ceil(5000/1) = 5000 = billed -> met; "
        "JZ + 'Waste: none' -> met. code_selection met (J2252 covers any A1PI product per the code table). "
        "Response stated fresh in the 01/20 interval history (not in the copied block). "
        "Traps: bar-code scan 10:28, PIV 10:22, weight time 10:20, vitals 10:25/10:45/11:05, discharge 11:20, signature "
        "11:26/16:48; calc 4,788 mg (+4.4%); vial sizes; 100 mL; 6.4 mL/min; lisinopril 10 mg; Stiolto; FEV1 1.44 L (42%)."
    ),
}
