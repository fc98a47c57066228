CHART = {
    "chart_id": "b6-003",
    "date_of_service": "2026-05-06",
    "payer": {"profile": "medicaid", "name": "Illinois Medicaid - Meridian MCO"},
    "prior_authorization": "2026-0418-77315",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 500, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-05-06", "text": """
ENCOUNTER SUMMARY
Prairie Lung & Sleep Associates - 1400 N Knoxville Ave, Peoria IL
Patient: Dwayne K. Littlefield   DOB: 07/19/1970 (55yo M)   Pt ID: 55120834
Encounter Date: 05/06/2026   Provider: Renata Obi, MD   Dept: PLSA PULMONARY
Primary Ins: IL Medicaid - Meridian (MCO)   PA # 2026-0418-77315 on file

REASON FOR VISIT
- Alpha-1 follow-up + weekly infusion (same day)

HPI
Mr. Littlefield is a 55yo M with alpha-1 antitrypsin deficiency (PI*Z/null)
and panlobular emphysema, on Glassia since 11/2023. He feels "about the same,
maybe a little better." Since starting Glassia: no hospitalizations (2 in
2023 before tx), 0 exacerbations in past 12 months, 6MWD 410 m (10/2023) ->
425 m (03/2026). Tolerates infusions well, occasional mild headache that
resolves with acetaminophen. Works part-time at hardware store.

VITALS
BP 132/78 | P 76 | R 16 | Temp 98.1 F | Ht 5' 10" | Wt 81.2 kg | BMI 25.7 | SpO2 95% RA
Vitals history: 02/11/2026 Wt 82.5 kg; 11/12/2025 Wt 83.9 kg (per pt home scale, not measured)

MEDICATIONS
- Trelegy Ellipta 100-62.5-25 mcg, 1 inh daily
- Albuterol HFA 90 mcg, 2 puffs q4-6h prn
- Sertraline 50 mg daily
- Glassia 1 g/50 mL IV weekly (in-office)

ALLERGIES
- Penicillin (hives)

PROBLEMS
- Alpha-1-antitrypsin deficiency (E88.01)
- Panlobular emphysema (J43.1)
- Depression, in remission
- Hx L ankle ORIF 2009

SOCIAL HISTORY
Tobacco: Former smoker - quit 2014, 20 pack-years. No vaping, no marijuana.
Alcohol: none.

FAMILY HISTORY
- Father: emphysema, died 61
- Sister: PI*MZ (tested 2024)

EXAM
Gen: well appearing. Lungs: distant BS, prolonged expiration, no wheeze.
CV: RRR. Ext: no edema, no clubbing.

RESULTS
- AAT 0.29 g/L (09/14/2023, pre-treatment) - see lab
- SERPINA1 sequencing: Z + Q0 (null) allele
- PFT 03/2026: FEV1 52% pred, FEV1/FVC 0.48 - moderate-severe airflow limitation,
  unchanged from 03/2025 (FEV1 52%).
- CT chest 2023: panlobular emphysema, bibasilar predominant

ASSESSMENT / PLAN
- Alpha-1-antitrypsin deficiency, PI*Z/null (E88.01)
  - Continue Glassia 60 mg/kg IV weekly. Order calc 60 x 81.2 = 4,872 mg,
    rounded to 5 g (5 vials) per vial-rounding protocol.
  - If wt < 77 kg at next weigh-in, reduce to 4 g.
  - Infusion today in our suite (see infusion documentation).
- Panlobular emphysema (J43.1)
  - Stable on augmentation; continue Trelegy.
  - Repeat PFT 03/2027.
- Health maintenance
  - RSV vaccine discussed, will get at pharmacy.

Follow-up: 3 months with Dr. Obi; weekly infusions ongoing.

Electronically signed by: Renata Obi, MD 05/06/2026 10:31 AM
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-05-06", "text": """
IN-HOUSE PROCEDURE / MEDICATION ADMINISTRATION
Prairie Lung & Sleep Associates - Infusion Suite
Patient: Dwayne K. Littlefield   DOB: 07/19/1970   Encounter: 05/06/2026

Check-in: 10:05 AM    Chair: 4    Nurse: Casey Moon, RN

Pre-infusion
- Wt 81.2 kg (from today's office visit)
- No fever, no new meds, no reaction last infusion
- PIV 22 ga L antecubital placed 10:20 AM, good blood return

MEDICATION ADMINISTERED
Glassia (alpha1-proteinase inhibitor, human) 1 gram/50 mL IV solution
  Dose given: 5,000 mg (5 g)            Route: IV
  Vials: 5 x 1 g/50 mL, total 250 mL     Filter: 5 micron in-line
  NDC: 0944-2884-02     Lot #: TVA2261C     Exp: 01/2027
  Start: 10:42 AM       End: 11:49 AM
  Rate: 250 mL/hr (label max 0.2 mL/kg/min)
  Waste: 0 mg - contents of all 5 vials infused
  Administered by: Casey Moon, RN

Also given
- Acetaminophen 500 mg x 2 tabs PO, 10:25 AM (pt request, hx headache)
- NS 0.9% 10 mL flush pre/post

Monitoring
10:40 AM BP 130/76 P 78 SpO2 95%
11:15 AM BP 128/74 P 74 SpO2 96%
11:55 AM BP 126/78 P 72 SpO2 96%
No rash, no dyspnea, no chest tightness.

Post-infusion
PIV removed 11:58 AM, catheter intact. Checkout 12:10 PM.
Next infusion 05/13/2026 10:00 AM - Glassia 5 g.

Signed: Casey Moon, RN 05/06/2026 12:14 PM
"""},
        {"id": "d3", "type": "lab_report", "date": "2023-09-20", "text": """
LAB RESULT
Ordered by: Renata Obi, MD      Lab: Labcorp Peoria
Patient: Littlefield, Dwayne K   DOB 07/19/1970   Collected 09/14/2023 08:10
Status: Final   Reported 09/20/2023

Alpha-1-Antitrypsin, Serum (nephelometry)
  Result: 0.29 g/L   (L)        Reference: 0.90 - 2.00 g/L

C-Reactive Protein, Quant
  Result: 2.1 mg/L               Reference: 0.0 - 8.0 mg/L

Alpha-1-Antitrypsin DNA Sequencing (SERPINA1, full gene)
  Variant 1: c.1096G>A p.(Glu366Lys)  [PI*Z]                 heterozygous
  Variant 2: c.552delC p.(Tyr184fs)   [PI*Q0 Granite Falls]   heterozygous
  Interpretation: Two pathogenic SERPINA1 variants detected, compound
  heterozygous for the Z allele and a null (Q0) allele: PI*Z/Q0
  (Z/null). Null alleles produce no detectable AAT; this genotype is
  associated with severe deficiency and risk of early emphysema.
  Phenotyping by IEF not performed (null alleles are not visible on IEF).
  Reference genotype: PI*MM.
  Electronically verified by: T. Hsu, MD, Molecular Pathology
"""},
        {"id": "d4", "type": "other", "date": "2026-04-18", "text": """
Meridian Health Plan of Illinois - Pharmacy/Medical Benefit Services
PRIOR AUTHORIZATION APPROVAL NOTICE

Date: 04/18/2026
To: Prairie Lung & Sleep Associates   Fax: (309) 555-0144
Member: DWAYNE K LITTLEFIELD   Member ID: 7001845529   DOB: 07/19/1970

Prior Authorization Number: 2026-0418-77315
Referral # (PCP): RF-220914
Service: J0257 Glassia (alpha-1 proteinase inhibitor), up to 500 units/week
Diagnosis: E88.01, J43.1
Approved dates: 04/18/2026 - 04/17/2027
Place of service: 11 (office)

This approval is based on the information submitted: AATD with null allele,
pre-treatment AAT below 11 micromol/L, emphysema, former smoker. Approval
does not guarantee payment; eligibility is verified on the date of service.
Continued approval requires documentation of clinical response and
continued tobacco abstinence.

Utilization Management, Meridian - (866) 555-0112
"""},
    ],
}

GOLD = {
    "chart_id": "b6-003",
    "profile": "medicaid",
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 0.29, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2},
        {"kind": "weight", "value": 82.5, "unit": "kg", "value_kg": 82.5},
        {"kind": "weight", "value": 83.9, "unit": "kg", "value_kg": 83.9},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "TVA2261C"},
        {"kind": "expiration_date", "value": "2027-01"},
        {"kind": "infusion_start", "value": "10:42"},
        {"kind": "infusion_end", "value": "11:49"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "2026-0418-77315"},
    ],
    "notes": (
        "athenaOne-style encounter summary (horizontal vitals line, bulleted A/P) + in-house infusion admin, "
        "Labcorp result, MCO PA approval letter. Complete chart. Genotype: two deficient alleles (Z + Q0 null), each line "
        "'heterozygous' -> [Z, NULL], no M added; 'Reference genotype: PI*MM' is not a result. Weight 81.2 kg (DOS); "
        "82.5 kg (02/2026) and 83.9 kg (home-scale, 11/2025) are historical weights. 60 x 81.2 = 4872; 5000 mg is "
        "+2.6% -> met. J0257 units ceil(5000/10)=500 = 500 JZ; 'Waste: 0 mg' -> met. Exp 01/2027 -> 2027-01 (month end) "
        "after DOS. Traps: order calc 4,872 mg, 'If wt < 77 kg ... 4 g' (hypothetical), next infusion 05/13 5 g (planned), "
        "acetaminophen 500 mg x2, check-in 10:05, PIV 10:20, vitals 10:40/11:15/11:55, PIV out 11:58, checkout 12:10, "
        "referral # RF-220914 (not a PA), Member ID. Sister PI*MZ and father's emphysema are family. "
        "Both FEV1 values are 52% (one finding). [calc] dos_weight_kg=81.2"
    ),
}
