from _h import F, W, reqs

D1 = """SUTTER-VALLE COMMUNITY HOSPITAL - OUTPATIENT INFUSION CENTER (HOPD)
NURSING DOCUMENTATION - INFUSION VISIT                      Visit # OI-260106-0552
BROOKS, NATALIE C     MRN SV-3007715     DOB 12/05/1979 (46 y)     F
Date: 01/06/2026      Ordering: Vikram Anand, MD (Neurology)     Bay 9
Payer: Blue Shield of California PPO    Referral # REF-77120934 (neurology -> infusion)

ASSESSMENT (07:50)
  Arrived 07:41 ambulatory, alone. MG symptoms: mild bilateral ptosis late in day, no
  diplopia today, no dysphagia, no dyspnea. Last IVIG 12/09/2025 - post-infusion headache
  x1 day relieved by acetaminophen.
  Weight 68.4 kg, height 168 cm. VS: T 36.8 C, HR 74, BP 116/72, RR 14, SpO2 99 % RA.
  Single breath count 38. Hydration: drank 1 L water this AM as instructed.
  Allergies: NKDA. IgA level normal (see labs), no anti-IgA history.

PROCEDURE: INFUSION
  Procedure: Immune globulin intravenous (human) 10 % - maintenance for generalized
             myasthenia gravis (G70.00), AChR-antibody positive
  Order: Privigen 1 g/kg IV every 4 weeks; dosing weight 68.4 kg -> 68 g (rounded)
  Premedication 08:05: acetaminophen 650 mg PO; cetirizine 10 mg PO
  Pre-hydration: NS 500 mL 08:10-08:40
  Access: PIV 20 G R antecubital 08:02, + blood return
  Product: Privigen 10 % - 40 g/400 mL lot P100319972 exp 11/30/2026;
           20 g/200 mL lot P100320418 exp 12/31/2026; 10 g/100 mL lot P100318840
           exp 10/31/2026
  Dose administered: 68 g (680 mL)
  Titration (per protocol, mL/kg/h): 0.3 -> 0.6 -> 1.2 -> 2.4 -> 4.8 (max)
    08:45 start at 20 mL/h; 09:15 41 mL/h; 09:45 82 mL/h; 10:15 164 mL/h; 10:45 328 mL/h
  IVIG infusion start: 08:45     IVIG infusion end: 12:37
  Tolerance: mild headache at 11:30 (2/10), no fever, no chills, no rash. BP stable.
  Post: NS flush 20 mL; observation 30 min; PIV removed 13:10; discharged 13:15 with
  partner (driver).

VITAL SIGNS
  08:45  HR 72  BP 114/70  T 36.8  SpO2 99 %
  09:15  HR 74  BP 116/72          SpO2 99 %
  09:45  HR 76  BP 118/74          SpO2 98 %
  10:45  HR 78  BP 120/76  T 37.0  SpO2 99 %
  11:30  HR 80  BP 124/78          SpO2 99 %   headache 2/10
  12:40  HR 76  BP 120/74  T 36.9  SpO2 99 %

WASTE DOCUMENTATION
  Drug: Privigen 10 % (immune globulin IV), single-use bottles
  Total supplied: 70 g (40 g + 20 g + 10 g)
  Administered: 68 g (680 mL)
  Wasted: 2 g (20 mL) from the 10 g bottle, lot P100318840 - discarded, bottle entered
  Reason: weight-based dose; no smaller bottle size; cannot be reused
  RN: Alicia Moreno, RN   01/06/2026 12:44      Witness: Grace Lin, RN   01/06/2026 12:47

EDUCATION / DISPOSITION
  Reviewed signs of aseptic meningitis, thrombosis and renal symptoms after IVIG. Next
  infusion 02/03/2026 07:45. Labs (BMP) before next cycle.

Alicia Moreno, RN    01/06/2026 13:28
"""

D2 = """SUTTER-VALLE NEUROLOGY - NEUROMUSCULAR CLINIC
Progress note                                                          12/16/2025
Patient: Natalie C. Brooks     DOB 12/05/1979     MRN SV-3007715
Provider: Vikram Anand, MD

HPI
46-year-old woman with generalized myasthenia gravis, AChR-binding antibody positive
(12.4 nmol/L), diagnosed 04/2024 after ptosis, diplopia and fatigable proximal weakness.
Thymoma-negative CT. On pyridostigmine 60 mg TID and prednisone tapered to 10 mg daily,
plus maintenance IVIG 1 g/kg every 4 weeks since 09/2024. She reports clear benefit from
IVIG: MG-ADL score down from 9 to 3; she has returned to full-time work as a dental
hygienist. Wearing-off in the last 5 days of each cycle (ptosis in the evening). No
dysphagia, no respiratory symptoms, no myasthenic crisis ever.

Respiratory monitoring: bedside NIF -70 cmH2O, FVC 3.02 L. PFT 11/2025 (screening for
respiratory muscle involvement): FVC 3.05 L (86 % pred), FEV1 2.52 L (86 % predicted),
FEV1/FVC 0.83, MIP -82 cmH2O, MEP 104 cmH2O; no obstructive or restrictive defect.

PMH: MG; hypothyroidism; migraine without aura; iron deficiency (treated).
Meds: pyridostigmine 60 mg TID; prednisone 10 mg daily; calcium/vitamin D; levothyroxine
75 mcg; rizatriptan 10 mg PRN; IVIG (Privigen) 1 g/kg q4 weeks.
Allergies: NKDA.
Social: Never smoker. Social alcohol. Married.
Family: mother - rheumatoid arthritis; maternal aunt - "emphysema" (smoker).

Exam: BP 118/74, HR 72, weight 68.0 kg. Ptosis R > L after 60 s upgaze; no diplopia;
neck flexion 5-/5; deltoids 5-/5; hip flexors 5-/5. Single breath count 40.

Labs 12/2025: IgA 212 mg/dL; SPEP with alpha-1 globulin 0.24 g/dL (0.10-0.30) - normal
pattern, no M-spike; TSH 1.9; BMP normal (Cr 0.7).

Assessment/Plan
1. Generalized MG, AChR+, MGFA class IIa - good response to IVIG with end-of-cycle
   wearing-off. Plan: keep IVIG 1 g/kg but shorten the interval to every 3 weeks starting
   02/2026 if Blue Shield approves (request sent; referral REF-77120934 covers current
   schedule only). If wearing-off persists on 3-weekly IVIG, consider efgartigimod.
2. Prednisone: continue taper by 2.5 mg every 4 weeks as tolerated.
3. Bone health: DEXA ordered.
4. Follow-up 8 weeks.

Vikram Anand, MD   e-signed 12/16/2025 17:51
"""

D3 = """SUTTER-VALLE REGIONAL LABORATORY                                  FINAL REPORT
BROOKS, NATALIE C   F   DOB 12/05/1979   MRN SV-3007715   Ordering: ANAND, VIKRAM
Collected 12/12/2025 08:30   Received 12/12/2025 09:05   Reported 12/15/2025 14:12

PROTEIN ELECTROPHORESIS, SERUM
  Total protein ....................... 7.1 g/dL        (6.0-8.3)
  Albumin ............................. 4.2 g/dL        (3.5-5.2)
  Alpha-1 globulin .................... 0.24 g/dL       (0.10-0.30)
  Alpha-2 globulin .................... 0.71 g/dL       (0.50-1.00)
  Beta globulin ....................... 0.88 g/dL       (0.60-1.20)
  Gamma globulin ...................... 1.07 g/dL       (0.70-1.60)
  Interpretation: normal electrophoretic pattern; no monoclonal protein detected.
  (Specimen drawn at IVIG trough, 25 days after last infusion.)

IMMUNOGLOBULINS
  IgG ................................. 1,310 mg/dL     (700-1,600)
  IgA ................................. 212 mg/dL       (70-400)
  IgM ................................. 96 mg/dL        (40-230)

ACETYLCHOLINE RECEPTOR BINDING AB ..... 12.4 nmol/L     (<=0.02)   H
THYROID STIMULATING HORMONE ........... 1.90 uIU/mL     (0.45-4.50)
BASIC METABOLIC PANEL
  Sodium 139   Potassium 4.1   Chloride 103   CO2 25   BUN 14   Creatinine 0.70
  Glucose 92   Calcium 9.4   eGFR >90

Reviewed: V. Anand, MD 12/16/2025
"""

CHART = {
    "chart_id": "b15-015",
    "date_of_service": "2026-01-06",
    "payer": {"profile": "commercial", "name": "Blue Shield of California PPO"},
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-06", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-12-16", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-12-15", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-015",
    "profile": "commercial",
    "requirements": reqs(
        "commercial",
        aatd_diagnosis="missing", genotype="missing", serum_aat_level="missing",
        lung_disease_evidence="missing", patient_weight="met", dose_administered="missing",
        dose_matches_weight="missing", units_match_dose="not_applicable",
        wastage_documented="missing", lot_number="missing", expiration_date="missing",
        infusion_times="missing", response_to_therapy="missing", prior_authorization="missing",
        code_selection="not_applicable", smoking_status="met", fev1_range="conflict",
    ),
    "findings": [
        W(("d1", "Weight 68.4 kg"), 68.4, "kg"),
        W(("d2", "weight 68.0 kg"), 68.0, "kg"),
        F("fev1", ("d2", "FEV1 2.52 L (86 % predicted)"), value=86),
        F("smoking_status", ("d2", "Social: Never smoker."), value="never"),
    ],
    "notes": (
        "NEGATIVE CONTROL (not about A1PI): hospital-outpatient IVIG (Privigen) infusion for "
        "myasthenia gravis documented with a Procedure: Infusion block and a co-signed Waste "
        "documentation block, plus the neurology note and labs. No claim lines. Decisions: the "
        "IVIG dose (68 g), lots, expiries, start/end times and the 2 g waste are another drug's and "
        "are not A1PI findings (guide: 'not another drug's dose (IVIG...)'; applied the same way to "
        "waste, lot, expiry and times), so those requirements are missing; the response to IVIG is "
        "not a response to augmentation; referral # REF-77120934 is not a prior authorization. "
        "Traps: SPEP 'Alpha-1 globulin 0.24 g/dL' is an electrophoresis fraction, not a serum AAT "
        "level; IgA 212 mg/dL; AChR antibody 12.4 nmol/L; PFT FEV1 86 % predicted (fev1_range "
        "conflict under commercial) with 'no obstructive or restrictive defect' (negated lung "
        "disease); aunt's 'emphysema' (family); acetaminophen/cetirizine/pyridostigmine/prednisone "
        "doses; hypothetical 3-weekly schedule and efgartigimod."
    ),
}

ARITH = {
    "negative_control": True,
    "note": "IVIG 68 g at 68.4 kg (1 g/kg); no A1PI administered; no claim lines",
    "weight_kg": None,
}
