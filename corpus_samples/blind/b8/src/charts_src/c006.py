from common import doc, emit, req_ids

CID = "b8-006"
DOS = "2026-02-10"

d1 = doc("d1", "infusion_record", DOS, """
=== MedicationAdministration export (PumpLink interface -> EHR), generated 2026-02-10T16:05:44-05:00 ===
resourceType: MedicationAdministration
id: ma-20260210-00917
status: completed
subject: Patient/PT-773104  (KOWALCZYK, Bernard J.  DOB 1956-12-03  M)
encounter: Encounter/ENC-4471902  (Hollis Valley Hospital Outpatient Infusion, dept 3W-INF)
request: MedicationRequest/MR-2209113  "Glassia 60 mg/kg IV every 7 days; dosing weight 97.5 kg (calc 5,850 mg; round up to whole 1 g vials)"
medication.text: Glassia [alpha1-proteinase inhibitor (human)] 1 g/50 mL single-use vial, ready to use
medication.lot: LKA6D0217 (6 vials, single lot)
medication.expiration: 2026-12-31
performer: RN Chloe Abernathy (primary); RPh Tariq Amari (verification)
effectivePeriod.start: 2026-02-10T09:42:00-05:00
effectivePeriod.end: 2026-02-10T10:31:00-05:00
dosage.dose: 6000 mg (300 mL)
dosage.route: intravenous, peripheral
dosage.rateQuantity: 6.1 mL/min (max allowed 0.2 mL/kg/min = 19.5 mL/min)
device: Alaris 8015 channel A, 5-micron in-line filter
wastage: 0 mg - six 1 g vials, entire contents infused, nothing discarded
note: Tolerated without reaction. No premedication.

event_log:
  2026-02-10T08:31:09-05:00  patient arrived, registration complete
  2026-02-10T08:55:13-05:00  pharmacist verification complete
  2026-02-10T09:05:00-05:00  vials out of refrigerator to reach room temperature
  2026-02-10T09:22:47-05:00  PIV 20g R forearm placed
  2026-02-10T09:31:02-05:00  barcode scan: 6 vials Glassia, lot LKA6D0217
  2026-02-10T09:40:27-05:00  pump programmed, VTBI 300 mL
  2026-02-10T09:42:00-05:00  infusion started
  2026-02-10T10:05:00-05:00  vitals: BP 142/84 HR 70 RR 16 SpO2 93%
  2026-02-10T10:31:00-05:00  infusion completed, VTBI reached
  2026-02-10T10:33:30-05:00  flush NS 20 mL
  2026-02-10T10:45:00-05:00  post vitals: BP 138/80 HR 72 SpO2 94%
  2026-02-10T11:02:00-05:00  discharged home

vitals.pre (2026-02-10T09:15:00-05:00): T 36.9 C, BP 146/86, HR 74, RR 16, SpO2 93% RA, weight 97.5 kg
next_due: 2026-02-17T09:30:00-05:00
=== end export ===
""")

d2 = doc("d2", "lab_report", "2018-06-05", """
LAB RESULT (HL7 ORU^R01 received 20180605 14:12, flattened for chart view)
MSH|^~\\&|ATHENA_LIS|HVH|HIS|HVH|201806051412||ORU^R01|HV1806050331|P|2.5.1
PID|1||PT-773104^^^HVH^MR||KOWALCZYK^BERNARD^J||19561203|M
OBR|1||HV18-156-2210|A1AT^Alpha-1 antitrypsin quantitative + genotype|||201806050840|||||||||LARSEN^ERIK^MD
OBX|1|NM|AAT^Alpha-1 antitrypsin^L||5.2|umol/L|20.0-48.0|L|||F
OBX|2|ST|SERPINA1^SERPINA1 targeted genotyping^L||c.1096G>A (p.Glu366Lys; legacy Glu342Lys) HOMOZYGOUS|||A|||F
OBX|3|ST|SERPINA1^SERPINA1 S allele c.863A>T^L||not detected|||N|||F
OBX|4|TX|SERPINA1^Interpretation^L||Two copies of the Z allele: PI*ZZ genotype, consistent with severe AATD.||||||F
OBX|5|NM|CRP^C-reactive protein^L||3.8|mg/L|<10|N|||F
OBX|6|NM|IGA^Immunoglobulin A^L||245|mg/dL|70-400|N|||F
OBX|7|NM|ALT^Alanine aminotransferase^L||33|U/L|7-56|N|||F
OBX|8|NM|AST^Aspartate aminotransferase^L||28|U/L|10-40|N|||F
OBX|9|NM|ALP^Alkaline phosphatase^L||92|U/L|40-129|N|||F
OBX|10|NM|BILI^Bilirubin, total^L||0.9|mg/dL|0.2-1.2|N|||F
OBX|11|NM|HGB^Hemoglobin^L||16.2|g/dL|13.5-17.5|N|||F
OBX|12|NM|PLT^Platelets^L||198|10*3/uL|150-400|N|||F
OBX|13|NM|A1C^Hemoglobin A1c^L||6.5|%|4.0-5.6|H|||F
NTE|1||Assay: immunoturbidimetric, purified standard. 11 umol/L is the commonly cited protective threshold.
NTE|2||Targeted genotyping detects S and Z only; rare and null alleles are not excluded.
Released by: HVH Core Lab, 06/05/2018 14:10
""")

d3 = doc("d3", "progress_note", DOS, """
HOLLIS VALLEY PULMONARY - Infusion Day Physician Note
Date: 02/10/2026     Patient: Bernard J. Kowalczyk (69 y M)     MRN PT-773104
Attending: Erik Larsen, MD     Coverage: Medicare Part B + Medicare supplement

Reason for visit: weekly augmentation; 6-month reassessment.

Interval: On weekly Glassia since 08/2019. Since last review (08/2025): no exacerbations, no ED visits,
no antibiotic or steroid courses. 6MWT 02/03/2026: 392 m (08/2025: 385 m). Continues pulmonary
maintenance exercise program 3x/week. Occasional morning cough. Retired machinist.
Smoking: quit 2001 (40 pack-years). Lives with wife, who smokes outdoors only.

Meds: Glassia 60 mg/kg IV weekly (clinic); fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 1 inh daily;
albuterol PRN; metformin 500 mg BID; amlodipine 5 mg daily.

Exam: weight 97.5 kg (215 lb); BP 146/86; SpO2 93% RA. Distant breath sounds, no crackles, no edema.

Data: alpha-1 antitrypsin 5.2 umol/L and PI*ZZ (06/2018). CT 2024: centrilobular and panlobular emphysema,
lower-lobe predominant. Spirometry 01/2026: FEV1 1.41 L (42% predicted), FEV1/FVC 0.45; 01/2025 FEV1 1.44 L (42%).

Assessment/Plan:
1. AATD (PI*ZZ) with emphysema / COPD - stable on augmentation: lung function unchanged over 12 months,
   exacerbation-free, 6MWT stable. Continue Glassia weekly at 60 mg/kg; infusion today per nursing.
2. Type 2 DM: A1c 6.8% (01/2026); continue metformin.
3. HTN: slightly above goal today; recheck at PCP.
Next physician review 08/2026.

Erik Larsen, MD - signed 2026-02-10 12:14
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 600, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs["prior_authorization"] = "not_applicable"
reqs["code_selection"] = "conflict"

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 42},
        {"kind": "weight", "value": 97.5, "unit": "kg", "value_kg": 97.5},
        {"kind": "dose", "value": 6000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LKA6D0217"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "09:42"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "GAP chart (1 gap): Glassia documented but billed J0256 (NOS code for the non-Glassia brands) -> code_selection "
        "conflict (should be J0257, also 10 mg units). Units themselves match: ceil(6000/10) = 600 on J0256. "
        "Weight 97.5 kg (one weight, '97.5 kg (215 lb)'); 60 x 97.5 = 5850; |6000-5850| = 150 = 2.6 % -> met. "
        "Waste 0 stated, JZ -> met. Times from ISO effectivePeriod 09:42-10:31 (-05:00 local). Genotype 'c.1096G>A "
        "HOMOZYGOUS' + interpretation PI*ZZ -> [Z,Z]. Traps: request text 'calc 5,850 mg'; 1 g/50 mL vial size; rate "
        "limits 19.5 mL/min; ISO times for arrival 08:31, verification 08:55, fridge 09:05, PIV 09:22, scan 09:31, pump "
        "programmed 09:40, vitals 09:15/10:05/10:45, flush 10:33, discharge 11:02, export 16:05, next_due 02-17; "
        "'11 umol/L' threshold in NTE; ref 20.0-48.0; wife smokes (not patient); metformin/amlodipine doses; FEV1 42 % "
        "both years (one finding)."
    ),
}

emit(chart, gold)
