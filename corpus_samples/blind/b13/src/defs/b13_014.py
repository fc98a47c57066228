# b13-014  commercial  NEGATIVE CONTROL: IVIG (Privigen 35 g) for CVID with bronchiectasis; AAT normal
# (146 mg/dL, phenotype MM); no A1PI anywhere. Claim lines exist (J1459, 96365, 96366) but no A1PI
# drug line.
# Styles: (4) medication reconciliation; (6) first-person nurse infusion note (IVIG, with weight, dose,
# lots, times and "no waste" that belong to another drug); immunology progress note; lab report.

D1 = """PIEDMONT ALLERGY, ASTHMA & IMMUNOLOGY -- INFUSION CENTER
MEDICATION RECONCILIATION                                 03/10/2026 09:02
Patient: PETROVIC, NADIA        DOB 11/21/1978        MRN PAI-208817
Wt 72.6 kg (03/10/2026 08:55)    Allergies: amoxicillin (rash), adhesive tape
Sources: patient, bottles, pharmacy fill data.   Reconciled by: Laura Bennett, RN

MEDICATION                         DOSE / STRENGTH      ROUTE   FREQUENCY              LAST DOSE          PRESCRIBER     STATUS
Privigen (immune globulin IV 10%)  35 g                 IV      every 4 weeks          02/10/2026 clinic  Menon          continue
Acetaminophen (IVIG premed)        650 mg               PO      before IVIG            02/10/2026         Menon          continue
Cetirizine (IVIG premed)           10 mg                PO      before IVIG            02/10/2026         Menon          continue
Azithromycin                       250 mg               PO      Mon/Wed/Fri            03/09/2026         Menon          continue
Sodium chloride 7% (hypertonic)    4 mL                 NEB     BID                    03/10/2026 AM      Kaur (pulm)    continue
Albuterol sulfate neb              2.5 mg/3 mL          NEB     before hypertonic      03/10/2026 AM      Kaur (pulm)    continue
  saline
Budesonide/formoterol              160/4.5 mcg          INH     2 puffs BID            03/10/2026 AM      Kaur (pulm)    continue
Levothyroxine                      50 mcg               PO      daily                  03/10/2026 AM      Ortiz (PCP)    continue
Sertraline                         50 mg                PO      daily                  03/10/2026 AM      Ortiz (PCP)    continue
Famotidine                         20 mg                PO      BID                    03/10/2026 AM      Ortiz (PCP)    continue
Cholecalciferol                    2,000 IU             PO      daily                  03/10/2026 AM      OTC            continue
Ferrous sulfate                    325 mg               PO      every other day        03/09/2026         Ortiz (PCP)    continue
Oral contraceptive (norethindrone) 0.35 mg              PO      daily                  03/10/2026 AM      GYN            continue
Epinephrine auto-injector          0.3 mg               IM      PRN anaphylaxis        never              Menon          continue
Levofloxacin                       750 mg               PO      daily x 10 days        completed 01/2026  Kaur (pulm)    remove

Changes today: levofloxacin course completed -- removed. No new medications.
"""

D2 = """PIEDMONT ALLERGY, ASTHMA & IMMUNOLOGY -- INFUSION CENTER
IVIG Nursing Note                                                   03/10/2026
Patient: Petrovic, Nadia       MRN PAI-208817       Dx: CVID (D83.9), bronchiectasis (J47.9)
Author: Laura Bennett, RN

Nadia arrived at 08:45 for her every-4-week Privigen. I weighed her at 08:55 and she was 72.6 kg.
She told me she has had a cough with a little more yellow sputum for 3 days but no fever; her
temperature was 36.8 C at 09:00 with BP 118/74, HR 78, RR 16 and SpO2 97% on room air. I let
Dr. Menon know and she examined her at 09:05 and cleared the infusion. We reconciled her
medication list together at 09:02. Her insurance authorization was verified by intake on
03/03/2026.

I gave her premedications at 09:10: acetaminophen 650 mg PO and cetirizine 10 mg PO. I placed a
22 g IV in her right forearm at 09:20 on the first attempt and started normal saline at KVO.

Her order is Privigen 35 g (about 0.48 g/kg). Pharmacy sent a 20 g/200 mL bottle (lot P100452207,
exp 2027-04-30), a 10 g/100 mL bottle (lot P100449318, exp 2027-01-31) and a 5 g/50 mL bottle
(lot P100447790, exp 2026-11-30). Kim Cho, RN checked them with me.

I started the Privigen at 09:40 at 0.5 mg/kg/min and increased the rate every 30 minutes per the
protocol, to a maximum of 4 mg/kg/min at 11:10. Her vitals stayed stable at each rate change
(09:40, 10:10, 10:40, 11:10, 12:10). She had a mild headache at 11:30 that eased with fluids. The
Privigen finished at 13:05 and I flushed with normal saline. All three bottles were infused;
there was no waste.

I took the IV out at 13:15 and she went home at 13:20. I reminded her to call if the cough gets
worse or she gets a fever, and to keep her appointment with Dr. Kaur on 03/24. Her next IVIG is
04/07/2026.

Given: Privigen 35 g IV (J1459 x 70 units, 500 mg per unit). Start 09:40, stop 13:05.

Laura Bennett, RN   03/10/2026 13:28
"""

D3 = """LABCORP -- BURLINGTON                                            FINAL REPORT
Patient: PETROVIC, NADIA     DOB 11/21/1978     Sex F     Specimen: serum
Ordering: MENON, ANJALI MD    Collected 06/18/2025 10:22    Reported 06/24/2025 09:15

TEST                                        RESULT    FLAG   UNITS    REFERENCE
Immunoglobulin G (trough, on IVIG)          842              mg/dL    603-1613
Immunoglobulin A                            < 7       L      mg/dL    87-352
Immunoglobulin M                            12        L      mg/dL    26-217
Alpha-1-Antitrypsin                         146              mg/dL    90-200
Alpha-1-Antitrypsin Phenotype               MM                        MM
C-Reactive Protein, Quant                   4.8              mg/L     0.0-10.0

Comment: Alpha-1 antitrypsin level and phenotype within normal limits. MM phenotype.
"""

D4 = """PIEDMONT ALLERGY, ASTHMA & IMMUNOLOGY
Follow-up Note                                                     02/17/2026
Patient: Nadia Petrovic, 47 F     MRN PAI-208817
Provider: Anjali Menon, MD (Immunology)

CVID diagnosed 2022 (low IgG/IgA/IgM, poor vaccine responses) with bronchiectasis (bilateral
lower lobes, CT 2022). On Privigen 35 g IV every 4 weeks since 02/2023 with trough IgG 842 mg/dL.
Since IVIG started she has gone from about 6 antibiotic courses a year to 1-2; one
levofloxacin course in January for a Pseudomonas-negative exacerbation of bronchiectasis.

Work-up of bronchiectasis (2022-2025): CF sweat chloride normal; alpha-1 antitrypsin 146 mg/dL
with phenotype MM -- alpha-1 antitrypsin deficiency excluded; no ABPA (IgE 41 IU/mL); PCD not
suspected. Never smoker; no vaping; no occupational exposures.

Spirometry 01/2026 (Dr Kaur): FEV1 2.21 L (71% predicted), FVC 3.35 L (88%), FEV1/FVC 0.66 --
mild obstructive ventilatory defect, no bronchodilator response.

Vitals: BP 116/72, HR 80, SpO2 97%, Wt 73.1 kg.

Assessment/Plan:
1. CVID -- good response to IVIG; continue Privigen 35 g IV q4 weeks; trough IgG in June.
   IgA < 7 mg/dL: she has tolerated Privigen for 3 years without reaction; anti-IgA antibodies
   were negative in 2022.
2. Bronchiectasis -- airway clearance BID (hypertonic saline 7% after albuterol), azithromycin
   250 mg MWF; sputum culture every 3 months; follows with Dr Kaur (pulmonology).
3. Hypothyroidism, iron deficiency -- per PCP.

Return in 3 months.
Anjali Menon, MD
"""

CHART = {
    "chart_id": "b13-014",
    "date_of_service": "2026-03-10",
    "payer": {"profile": "commercial", "name": "Blue Ridge Health Plan PPO"},
    "claim_lines": [
        {"hcpcs": "J1459", "units": 70, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 3, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-10", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-10", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-06-24", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-02-17", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-014",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 146, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 71},
        {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6},
        {"kind": "weight", "value": 73.1, "unit": "kg", "value_kg": 73.1},
        {"kind": "smoking_status", "value": "never"},
    ],
    "notes": (
        "NEGATIVE CONTROL (IVIG, not A1PI). 'alpha-1 antitrypsin deficiency excluded' is negated; patient's MM "
        "phenotype and 146 mg/dL are affirmed non-deficient results (conflicts). Privigen dose 35 g, lots "
        "P100452207/P100449318/P100447790 (same CSL-style lot format as Zemaira), expirations, start 09:40 / stop "
        "13:05, 'no waste' and J1459 units all belong to IVIG: not A1PI findings. 'Good response to IVIG' is a "
        "response to another therapy, not to augmentation. No authorization number anywhere ('verified by intake' "
        "has none). Claim lines exist but none is an A1PI drug line: units_match_dose and code_selection "
        "not_applicable; wastage_documented judged as for a chart without A1PI claim lines -> missing (no A1PI "
        "wastage statement). Weights are the patient's (met). 'mild obstructive ventilatory defect' -> "
        "airflow_obstruction; bronchiectasis affirmed."
    ),
}

ARITH = {
    "dos": "2026-03-10", "product": None,
    "weight_kg": 72.6, "weight_source": "d1/d2 08:55 on DOS",
    "dose_mg": None, "other_drug": "Privigen 35 g = J1459 x 70 (500 mg units), JZ",
    "code": None, "lots": [],
    "rid_serum_values": [], "fev1_for_range": 71, "response_in_progress_note": False,
}

EVID = [
    ("genotype:M,M", "d3", "Alpha-1-Antitrypsin Phenotype               MM"),
    ("serum_aat:146:mg/dL", "d3", "Alpha-1-Antitrypsin                         146"),
    ("lung_disease:bronchiectasis", "d4", "with bronchiectasis (bilateral\nlower lobes, CT 2022)"),
    ("lung_disease:airflow_obstruction", "d4", "mild obstructive ventilatory defect"),
    ("fev1:71", "d4", "FEV1 2.21 L (71% predicted)"),
    ("weight:72.6", "d2", "she was 72.6 kg"),
    ("weight:73.1", "d4", "Wt 73.1 kg"),
    ("smoking_status:never", "d4", "Never smoker"),
]
